/**
 * Finding words and phrases in Spanish text, for the style sheet and its checker. JavaScript's \b
 * treats "ó" and "ñ" as non-word characters, so "subcision" would match inside "subcisión": a
 * phrase here matches only where no letter or digit of any script touches it.
 */
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;

/** Where a word boundary is: no letter or digit before (lookbehind) or after (lookahead). */
export const NOT_AFTER_WORD = `(?<!${WORD_CHAR})`;
export const NOT_BEFORE_WORD = `(?!${WORD_CHAR})`;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: its words in order, any run of spaces between them, whole words only. */
function phrasePattern(phrase: string): string {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  return `${NOT_AFTER_WORD}${body}${NOT_BEFORE_WORD}`;
}

export type Found = { index: number; end: number; text: string };

/** Every match of a pattern, with where it starts and ends. */
export function findAll(text: string, pattern: string, flags = 'iu'): Found[] {
  return [...text.matchAll(new RegExp(pattern, `g${flags}`))].map((match) => ({
    index: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** Every occurrence of a phrase, ignoring case (a term may open a sentence). */
export const findPhrase = (text: string, phrase: string): Found[] => findAll(text, phrasePattern(phrase));

export const containsPhrase = (text: string, phrase: string): boolean => findPhrase(text, phrase).length > 0;

/** The spans of text inside round brackets, outermost pairs only; an unclosed bracket runs to the end. */
export function bracketSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '(') {
      if (depth === 0) start = index;
      depth++;
    } else if (text[index] === ')' && depth > 0) {
      depth--;
      if (depth === 0) spans.push([start, index]);
    }
  }
  if (depth > 0) spans.push([start, text.length]);
  return spans;
}

export const insideBrackets = (spans: readonly [number, number][], found: Found): boolean =>
  spans.some(([open, close]) => open < found.index && found.end <= close);
