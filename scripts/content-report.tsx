import fs from 'node:fs';
import path from 'node:path';
import { parseArticle, type Article } from '@/lib/articles';
import { articlesDir, displayPath } from '@/lib/paths';
import { readability } from '@/lib/readability';
import { getRegistry } from '@/lib/references';

/**
 * Prints one row per article: size, reading grade, longest sentence, citations and review date.
 * Each file is checked on its own, so one broken article is reported without hiding the others;
 * any broken article makes the command fail.
 */
const verbose = process.argv.includes('--verbose');
const files = fs.readdirSync(articlesDir).filter((name) => name.endsWith('.mdx'));
const problems: string[] = [];
const rows: Record<string, string | number>[] = [];
const longest: string[] = [];

for (const name of files) {
  const file = path.join(articlesDir, name);
  let article: Article;
  try {
    article = parseArticle(fs.readFileSync(file, 'utf8'), displayPath(file), getRegistry());
    const stats = readability(article.readableText);
    rows.push({
      order: article.order,
      article: article.href,
      words: stats.words,
      grade: stats.grade,
      'longest sentence': stats.longestSentence.words,
      citations: article.components.get('Cite') ?? 0,
      sources: article.citations.length,
      'last reviewed': article.lastReviewed,
    });
    longest.push(
      `${article.href}: longest sentence (${stats.longestSentence.words} words): ${stats.longestSentence.text}`,
    );
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
}

rows.sort((a, b) => Number(a.order) - Number(b.order));
const columns = Object.keys(rows[0] ?? {}).filter((column) => column !== 'order');
const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(columns));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => String(row[column]))));

if (verbose) console.log(`\n${longest.join('\n')}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} article(s) could not be read:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
