import { syllable } from 'syllable';

/** Split a block into sentences at . ! ? followed by a space and a capital, digit or quote. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?])["”’)]?\s+(?=["“‘(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

/** Words as a reader counts them; numbers count as words. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

export type ReadabilityStats = {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number;
  /** Words in the longest sentence, and the sentence itself (to find it in the text). */
  longestSentence: { words: number; text: string };
};

/** Flesch-Kincaid grade of a set of text blocks; syllables counted by the `syllable` library. */
export function readability(blocks: readonly string[]): ReadabilityStats {
  const allSentences = blocks.flatMap(sentences);
  const allWords = allSentences.flatMap(words);
  const syllables = allWords.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const longest = allSentences.reduce(
    (best, sentence) => {
      const count = words(sentence).length;
      return count > best.words ? { words: count, text: sentence } : best;
    },
    { words: 0, text: '' },
  );
  const grade =
    allWords.length === 0
      ? 0
      : 0.39 * (allWords.length / allSentences.length) + 11.8 * (syllables / allWords.length) - 15.59;
  return {
    words: allWords.length,
    sentences: allSentences.length,
    syllables,
    grade: Math.round(grade * 10) / 10,
    longestSentence: longest,
  };
}
