import { abbreviationsEs, mayEndSentence } from './abbreviations-es';
import { countText, words, type TextCounts } from './readability';
import { syllablesEs } from './syllables-es';

/**
 * A sentence ends at . ! ? or … and any closing quote or bracket, when the next word starts with a
 * capital (Á, É, Ñ… too), perhaps after ¿, ¡ or an opening quote or bracket. Unlike English, not
 * when it starts with a figure: Spanish style spells out a number that opens a sentence (RAE), so
 * a full stop before a figure is an abbreviation's ("aprox. 2 horas"); where a writer did start
 * with a figure, joining the two sentences errs on the strict side of the length limit.
 */
const BOUNDARY = /[.!?…]["”’»)]*(?=\s+["“‘«(¿¡]*\p{Lu})/gu;

/**
 * Full stops that are an abbreviation's, not a sentence's: inside one ("EE." of "EE. UU."), or at
 * the end of one that always has more to come ("Dr.", "p. ej.").
 */
const notAnEnd = Object.keys(abbreviationsEs).flatMap((written) => {
  const stops = [...written.matchAll(/\./g)].map((stop) => written.slice(0, stop.index + 1));
  return mayEndSentence.has(written) ? stops.slice(0, -1) : stops;
});
// Matched as whole words, with or without the space ("p.ej.").
const ENDS_ABBREVIATED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${notAnEnd.map((stop) => stop.replaceAll('.', '\\.').replaceAll(' ', '\\s*')).join('|')})$`,
  'u',
);

/** Split a block of Spanish into sentences; "¿Duele?, ¿cuánto?" goes on, as the RAE writes it. */
export function sentencesEs(block: string): string[] {
  const ends = [...block.matchAll(BOUNDARY)]
    .filter((end) => !ENDS_ABBREVIATED.test(block.slice(0, end.index + 1)))
    .map((end) => end.index + end[0].length);
  return [0, ...ends]
    .map((start, i) => block.slice(start, ends[i] ?? block.length).trim())
    .filter((sentence) => words(sentence).length > 0);
}

/**
 * The INFLESZ bands (Barrio-Cantalejo 2008: under 40, 40–55, 55–65, 65–80, over 80). A score of 55
 * or 65, on two bands, takes the easier one, so 65 meets the "bastante fácil" budget; 40 and 80 go
 * where "under 40" and "over 80" put them.
 */
export function infleszBand(score: number) {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

/**
 * Readability of Spanish text blocks, with the same counts as `readability()` for English:
 * - `inflesz`: the Szigriszt-Pazos perspicuity, P = 206.835 − 62.3·S/W − W/F, which the INFLESZ
 *   scale bands for patient texts (`band`);
 * - `fernandezHuerta`: L = 206.84 − 60·S/W − 1.02·W/F, the corrected formula (it is often printed
 *   with the number of sentences where words per sentence belong).
 * S syllables, W words, F sentences; both rounded to one decimal, the band read from the rounded
 * score so the two never disagree. No words, no score: both 0, as `readability()` gives grade 0.
 */
export function readabilityEs(blocks: readonly string[]): TextCounts & {
  inflesz: number;
  fernandezHuerta: number;
  band: ReturnType<typeof infleszBand>;
} {
  const counts = countText(blocks, sentencesEs, syllablesEs);
  const perWord = counts.syllables / counts.words;
  const perSentence = counts.words / counts.sentences;
  const score = (value: number) => (counts.words === 0 ? 0 : Math.round(value * 10) / 10);
  const inflesz = score(206.835 - 62.3 * perWord - perSentence);
  return {
    ...counts,
    inflesz,
    fernandezHuerta: score(206.84 - 60 * perWord - 1.02 * perSentence),
    band: infleszBand(inflesz),
  };
}
