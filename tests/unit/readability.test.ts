import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { articleReadability, contentBudgets } from '@/lib/content/content-budgets';
import { readability, sentences } from '@/lib/content/readability';
import { article } from '../helpers/fixtures';

const { maxGrade: MAX_GRADE, maxSentenceWords: MAX_SENTENCE_WORDS } = contentBudgets;

describe('readability', () => {
  it('computes the Flesch-Kincaid grade from words, sentences and syllables', () => {
    const stats = readability(['The cat sat on the mat.']);
    expect(stats).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    // 0.39 × 6/1 + 11.8 × 6/6 − 15.59 = −1.45, kept to one decimal
    expect(stats.grade).toBe(-1.4);
  });

  it('rates long words and long sentences higher', () => {
    const plain = readability(['Your skin heals itself. It makes new collagen.']).grade;
    const dense = readability([
      'Percutaneous collagen induction initiates neocollagenesis through controlled dermal microinjury and inflammatory cascades.',
    ]).grade;
    expect(dense).toBeGreaterThan(plain + 10);
  });

  it('splits sentences at full stops but not inside numbers', () => {
    expect(sentences('Needles are 0.5 to 1.5 mm long. Most people heal in a week.')).toHaveLength(2);
  });
});

describe('articleReadability', () => {
  it('grades lists read as sentences, but limits sentences as written, each list item apart', () => {
    const items = Array.from({ length: 8 }, (_, i) => `- item number ${i + 1}`).join('\n');
    const page = article('scars', {}, `Bring these:\n\n${items}\n`);
    const stats = articleReadability(page);
    expect(stats.grade).toBe(readability(page.readableText).grade);
    expect(readability(page.readableText).longestSentence.words).toBe(26);
    expect(stats.longestSentence).toEqual(readability(page.readableTextAsWritten).longestSentence);
    expect(stats.longestSentence.words).toBeLessThan(10);
  });
});

describe('every article', () => {
  for (const article of getArticles()) {
    it(`${article.file} reads at US grade ${MAX_GRADE} or below with no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
      const stats = articleReadability(article);
      expect(stats.grade, `${article.file}: Flesch-Kincaid grade ${stats.grade}`).toBeLessThanOrEqual(MAX_GRADE);
      expect(
        stats.longestSentence.words,
        `${article.file}: longest sentence has ${stats.longestSentence.words} words: "${stats.longestSentence.text}"`,
      ).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    });
  }
});
