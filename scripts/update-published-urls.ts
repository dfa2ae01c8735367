// Adds the current pages and anchors to tests/published-urls.txt. Lines are never removed here:
// a published URL stays published (rename with a redirect and keep the old anchor).
import fs from 'node:fs';
import { getArticles } from '@/lib/content/articles';
import { publishedUrls } from '@/lib/pages/published-urls';

const file = 'tests/published-urls.txt';
const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
const merged = [...new Set([...existing, ...publishedUrls(getArticles())])].sort();
fs.writeFileSync(file, `${merged.join('\n')}\n`);
console.log(`${file}: ${merged.length} URLs (${merged.length - existing.length} new)`);
