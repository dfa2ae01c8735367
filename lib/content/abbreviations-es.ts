/**
 * Abbreviations expected in Spanish patient text, as written and as said. The syllable counter
 * counts what a reader says ("doctora", not "Dra"); the sentence splitter must not end a sentence
 * at a full stop inside one ("EE. UU.") or after a title.
 */
export const abbreviationsEs: Readonly<Record<string, string>> = {
  'Dr.': 'doctor',
  'Dra.': 'doctora',
  'Sr.': 'señor',
  'Sra.': 'señora',
  'p. ej.': 'por ejemplo',
  'etc.': 'etcétera',
  'aprox.': 'aproximadamente',
  'EE. UU.': 'Estados Unidos',
};

/**
 * Those whose last full stop may also end a sentence: the RAE writes one full stop for both, so
 * "…cremas, geles, etc. Después…" is two sentences. A title or "p. ej." always has more to come.
 */
export const mayEndSentence: ReadonlySet<string> = new Set(['etc.', 'aprox.', 'EE. UU.']);
