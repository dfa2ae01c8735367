import { readArticles } from '@/lib/content/articles';
import { articleReadability, contentBudgets, wordBudget } from '@/lib/content/content-budgets';
import { repeatedPassages } from '@/lib/content/repeats';

/**
 * Prints one row per article: size against its budget, reading grade, longest sentence, citations
 * and review date; then the total and the passages repeated across pages (`--repeats` lists them).
 * Every problem is reported, not just the first (readArticles checks each file on its own, then
 * the collection); any problem makes the command fail.
 */
const verbose = process.argv.includes('--verbose');
const listRepeats = process.argv.includes('--repeats');
const { articles, problems } = readArticles();
const rows: Record<string, string | number>[] = [];
const longest: string[] = [];

for (const article of articles) {
  // The grade and longest sentence exactly as the readability test enforces them.
  const stats = articleReadability(article);
  rows.push({
    article: article.href,
    words: stats.words,
    budget: wordBudget(article),
    grade: stats.grade,
    'longest sentence': stats.longestSentence.words,
    citations: article.components.get('Cite') ?? 0,
    sources: article.citations.length,
    'last reviewed': article.lastReviewed,
  });
  longest.push(
    `${article.href}: longest sentence (${stats.longestSentence.words} words): ${stats.longestSentence.text}`,
  );
}

// readArticles returns articles in navigation order, so the rows are already in it.
const columns = Object.keys(rows[0] ?? {});
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => String(row[column]))));

const total = rows.reduce((sum, row) => sum + Number(row.words), 0);
console.log(`\nAll articles: ${total} words (budget ${contentBudgets.totalWords}).`);
const repeats = repeatedPassages(articles);
console.log(
  `Passages of 8+ words on 3+ articles: ${repeats.length} (budget ${contentBudgets.repeatedPassages}).` +
    (listRepeats ? '' : ' List them with -- --repeats.'),
);
if (listRepeats)
  for (const { text, pages } of repeats) console.log(`- ${pages.length} pages (${pages.join(' ')}): ${text}`);
if (verbose) console.log(`\n${longest.join('\n')}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} article(s) could not be read:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
