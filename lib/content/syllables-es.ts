import { abbreviationsEs } from './abbreviations-es';
import { cardinalEs, numberAsWordsEs } from './numbers-es';

/**
 * Syllables of one word as the word counter finds it (`words` in readability.ts): a word, a figure,
 * an abbreviation, an initialism, or parts joined by a hyphen or full stop ("anti-inflamatorio",
 * "EE.UU."). The formulas use syllables to stand for how long a word takes to say, so each part is
 * counted as a reader says it: figures in words ("2026" is "dos mil veintiséis", 5), abbreviations
 * in full ("Dra." is "doctora", 3), initialisms letter by letter ("VIH" is "uve i hache", 5). At
 * least one: a unit such as "mm" has no vowel but is still said.
 */
export function syllablesEs(word: string): number {
  const parts = word.normalize('NFC').match(/[0-9]+(?:[.,][0-9]+)*|\p{L}+/gu) ?? [];
  return Math.max(1, parts.reduce((sum, part) => sum + partSyllables(part), 0));
}

function partSyllables(part: string): number {
  if (/^[0-9]/.test(part)) return saidSyllables(numberAsWordsEs(part));
  const said = SAID_FOR.get(part) ?? romanNumeral(part) ?? initialism(part);
  return said === undefined ? writtenSyllables(part) : saidSyllables(said);
}

function saidSyllables(words: string): number {
  return words.split(' ').reduce((sum, word) => sum + writtenSyllables(word), 0);
}

/** Each part of an abbreviation as the word counter finds it ("EE"), with the word said for it. */
const SAID_FOR = new Map(
  Object.entries(abbreviationsEs).flatMap(([written, said]) => {
    const saidWords = said.split(' ');
    return written.split(' ').map((part, i) => [part.replace(/\.$/, ''), saidWords[i] ?? said] as const);
  }),
);

const ROMAN_ONES = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/**
 * Roman numerals of two or more letters up to XXXIX ("fototipos V y VI", "siglo XX"), said as
 * numbers; they would otherwise pass for initialisms. A lone I, V or X is more often a letter.
 */
function romanNumeral(part: string): string | undefined {
  const match = /^(X{0,3})(I{0,3}|IV|VI{0,3}|IX)$/.exec(part);
  if (!match || part.length < 2) return undefined;
  return cardinalEs(match[1]!.length * 10 + ROMAN_ONES.indexOf(match[2]!));
}

/** The letters' names (RAE 2010: "uve" and "ye" everywhere), for initialisms. */
const LETTER_NAMES: Record<string, string> = {
  A: 'a', B: 'be', C: 'ce', D: 'de', E: 'e', F: 'efe', G: 'ge', H: 'hache', I: 'i', J: 'jota', K: 'ka', L: 'ele',
  M: 'eme', N: 'ene', Ñ: 'eñe', O: 'o', P: 'pe', Q: 'cu', R: 'erre', S: 'ese', T: 'te', U: 'u', V: 'uve',
  W: 'uve doble', X: 'equis', Y: 'ye', Z: 'zeta',
};

/**
 * Two to five capitals with no accent mark are an initialism, read letter by letter: PRP, VIH, FDA,
 * ADN. Words in capitals keep their accent marks (RAE), and longer ones (IMPORTANTE) are words. An
 * acronym said as a word (OTAN) is counted long, but the RAE writes the common ones in lower case
 * (sida, ovni, covid), which are counted as words.
 */
function initialism(part: string): string | undefined {
  if (!/^[A-ZÑ]{2,5}$/.test(part)) return undefined;
  return [...part].map((letter) => LETTER_NAMES[letter]).join(' ');
}

/**
 * Syllables of a written Spanish word by the RAE's orthographic rules (Ortografía 2010): each
 * syllable has one peak, a strong vowel (a, e, o) or a stressed í or ú; an unstressed i, u or ü
 * joins its neighbours (diphthongs and triphthongs: "cie-lo", "ciu-dad", "buey"), and a run of
 * them alone is one syllable ("muy", "fui"). So two strong vowels part ("le-ón", "a-é-re-o"), as
 * does í or ú beside a strong vowel ("dí-a", "re-ú-ne"), and two of the same vowel ("chi-i-ta").
 * Where speakers differ, the orthographic convention decides: an unstressed i or u always forms a
 * diphthong, so "ruido" is two syllables and "guion", "truhan" and "fie" are one (RAE 2010, which
 * dropped their accent marks for that reason), however some say them. The silent u of que, qui,
 * gue and gui needs no rule of its own: unstressed, it joins the vowel after it, as the ü of güe
 * and güi does, so "que-so" and "gui-ta-rra" count the same whether or not it is said.
 */
function writtenSyllables(word: string): number {
  const letters = word
    .toLocaleLowerCase('es')
    // A silent h neither joins nor parts vowels (RAE): "prohi-bir", "ahu-mar", but "bú-ho", "a-ho-ra".
    .replace(/h/g, '')
    // A y not before a vowel is the vowel i: the word "y" ("treinta y cinco"), the end of "hoy".
    .replace(/y(?![aeiouáéíóúü])/g, 'i');
  return (letters.match(/[aeiouáéíóúü]+/g) ?? []).reduce((sum, run) => sum + peaks(run), 0);
}

/** Peaks in a run of vowels: strong ones, í and ú, and any vowel beside its own kind ("chi-i-ta"). */
function peaks(run: string): number {
  const vowels = [...run];
  const bare = vowels.map((vowel) => vowel.normalize('NFD').charAt(0));
  const isPeak = (vowel: string, i: number) =>
    /[aeoáéóíú]/.test(vowel) || bare[i] === bare[i - 1] || bare[i] === bare[i + 1];
  return Math.max(1, vowels.filter(isPeak).length);
}
