// Lists articles whose next review is overdue or due within 30 days; exits 1 if any is overdue.
import { getArticles } from '@/lib/content/articles';
import { daysUntilReview, overdueArticles } from '@/lib/content/reviews';

const today = process.env.REVIEW_DATE ?? new Date().toISOString().slice(0, 10);
const articles = getArticles();

const rows = articles
  .map((article) => ({ article, days: daysUntilReview(article, today) }))
  .filter(({ days }) => days <= 30)
  .sort((a, b) => a.days - b.days);

for (const { article, days } of rows) {
  const status = days < 0 ? `OVERDUE by ${-days} days` : `due in ${days} days`;
  console.log(`${article.file}: next review ${article.nextReview} (${status})`);
}
if (rows.length === 0) console.log(`No review due within 30 days of ${today}.`);
if (overdueArticles(articles, today).length > 0) process.exitCode = 1;
