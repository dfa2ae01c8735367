// Lists articles whose next review is overdue or due within 30 days; exits 1 if any is overdue.
import { getArticles } from '@/lib/content/articles';
import { toUtcDate } from '@/lib/content/schemas';

const DAY = 86_400_000;
const today = process.env.REVIEW_DATE
  ? toUtcDate(process.env.REVIEW_DATE)
  : new Date(new Date().toISOString().slice(0, 10));

const rows = getArticles()
  .map((article) => ({ article, days: Math.round((toUtcDate(article.nextReview).getTime() - today.getTime()) / DAY) }))
  .filter(({ days }) => days <= 30)
  .sort((a, b) => a.days - b.days);

for (const { article, days } of rows) {
  const status = days < 0 ? `OVERDUE by ${-days} days` : `due in ${days} days`;
  console.log(`${article.file}: next review ${article.nextReview} (${status})`);
}
if (rows.length === 0) console.log(`No review due within 30 days of ${today.toISOString().slice(0, 10)}.`);
if (rows.some(({ days }) => days < 0)) process.exitCode = 1;
