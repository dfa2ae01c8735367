import { syllable } from 'syllable';

/** Split a block into sentences at . ! ? followed by a space and a capital, digit or quote. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?])["”’)]?\s+(?=["“‘(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

/** Words as a reader counts them; numbers count as words. The Spanish counts use the same words. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** What every readability formula reads from a text, whatever its language. */
export type TextCounts = {
  words: number;
  sentences: number;
  syllables: number;
  /** Words in the longest sentence, and the sentence itself (to find it in the text). */
  longestSentence: { words: number; text: string };
};

/**
 * Counts a text with a language's own sentence splitter and syllable counter, so the English and
 * Spanish formulas read words and the longest sentence the same way.
 */
export function countText(
  blocks: readonly string[],
  splitSentences: (block: string) => string[],
  countSyllables: (word: string) => number,
): TextCounts {
  const allSentences = blocks.flatMap((block) => splitSentences(block));
  const allWords = allSentences.flatMap(words);
  // The English counter gives numbers no syllable; every word takes some time to say.
  const syllables = allWords.reduce((sum, word) => sum + Math.max(1, countSyllables(word)), 0);
  const longestSentence = allSentences.reduce(
    (best, sentence) => {
      const count = words(sentence).length;
      return count > best.words ? { words: count, text: sentence } : best;
    },
    { words: 0, text: '' },
  );
  return { words: allWords.length, sentences: allSentences.length, syllables, longestSentence };
}

export type ReadabilityStats = TextCounts & {
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number;
};

/** Flesch-Kincaid grade of a set of text blocks; syllables counted by the `syllable` library. */
export function readability(blocks: readonly string[]): ReadabilityStats {
  const counts = countText(blocks, sentences, syllable);
  const grade =
    counts.words === 0
      ? 0
      : 0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59;
  return { ...counts, grade: Math.round(grade * 10) / 10 };
}
