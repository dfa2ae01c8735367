import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/articles';
import { publishedUrls } from '@/lib/published-urls';

const committed = fs.readFileSync('tests/published-urls.txt', 'utf8').split('\n').filter(Boolean);

describe('the committed list of published URLs', () => {
  it('includes every current page and anchor (run npm run urls:update and review the diff)', () => {
    expect(publishedUrls(getArticles()).filter((url) => !committed.includes(url))).toEqual([]);
  });
});
