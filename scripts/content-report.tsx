import { renderArticleHtml } from '@/lib/article-html';
import { getArticles } from '@/lib/articles';
import { readability, textBlocks } from '@/lib/readability';

/** Prints one row per article: size, reading grade, longest sentence, citations and review date. */
const rows = await Promise.all(
  getArticles().map(async (article) => {
    const stats = readability(textBlocks(await renderArticleHtml(article)));
    return {
      article: article.href,
      words: stats.words,
      grade: stats.grade,
      'longest sentence': stats.longestSentence.words,
      citations: (article.body.match(/<Cite\b/g) ?? []).length,
      sources: article.citations.length,
      'last reviewed': article.lastReviewed,
    };
  }),
);

const columns = Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[];
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => String(row[column]))));

if (process.argv.includes('--verbose')) {
  for (const article of getArticles()) {
    const stats = readability(textBlocks(await renderArticleHtml(article)));
    console.log(`\n${article.href}: longest sentence (${stats.longestSentence.words} words): ${stats.longestSentence.text}`);
  }
}
