import { describe, expect, it } from 'vitest';
import { readability } from '@/lib/content/readability';
import { getArticles } from '@/lib/content/articles';
import { articleWords, contentBudgets, wordBudget } from '@/lib/content/content-budgets';
import { repeatedPassages } from '@/lib/content/repeats';

const articles = getArticles();

describe('content budgets', () => {
  it(`all articles together stay within ${contentBudgets.totalWords} words`, () => {
    const total = articles.reduce((sum, article) => sum + articleWords(article), 0);
    expect(total).toBeLessThanOrEqual(contentBudgets.totalWords);
  });

  for (const article of articles) {
    it(`${article.file} stays within ${wordBudget(article)} words`, () => {
      expect(articleWords(article)).toBeLessThanOrEqual(wordBudget(article));
    });
  }

  it(`repeats at most ${contentBudgets.repeatedPassages} passages of 8+ words on 3+ pages`, () => {
    const repeats = repeatedPassages(articles);
    const listed = repeats.map((passage) => `"${passage.text}" on ${passage.pages.join(', ')}`);
    expect(listed.length, listed.join('\n')).toBeLessThanOrEqual(contentBudgets.repeatedPassages);
  });

  it(`answers every FAQ question in at most ${contentBudgets.faqAnswerWords} words`, () => {
    const long = articles.flatMap((article) =>
      article.faq
        // Counted as page words are (numbers and hyphenated words as one), so "words" means one thing.
        .map((item) => ({ id: `${article.href}#${item.id}`, words: readability([item.answer]).words }))
        .filter((item) => item.words > contentBudgets.faqAnswerWords),
    );
    expect(long).toEqual([]);
  });
});

describe('repeatedPassages', () => {
  const page = (href: string, prose: string[], helpProse: string[] = []) => ({ href, prose, helpProse });
  const passage = 'Nobody knows how long the results of this treatment last';

  it('finds a passage of 8 or more words on 3 pages, once, with its pages', () => {
    const repeats = repeatedPassages([
      page('/a', [`${passage}.`]),
      page('/b', [`Sadly, ${passage.toLowerCase()}!`]),
      page('/c', [`We say it again: ${passage}.`]),
    ]);
    expect(repeats).toEqual([{ text: passage.toLowerCase(), pages: ['/a', '/b', '/c'] }]);
  });

  it('ignores passages on only 2 pages, shorter than 8 words, or inside the medical help box', () => {
    expect(repeatedPassages([page('/a', [passage]), page('/b', [passage]), page('/c', ['Other words.'])])).toEqual([]);
    const short = 'Nobody knows how long results last';
    expect(repeatedPassages([page('/a', [short]), page('/b', [short]), page('/c', [short])])).toEqual([]);
    expect(
      repeatedPassages([
        page('/a', [passage], [passage]),
        page('/b', [passage], [passage]),
        page('/c', [passage], [passage]),
      ]),
    ).toEqual([]);
  });
});
