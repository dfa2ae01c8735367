import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, readArticles, validateCollection } from '@/lib/content/articles';
import { article, mdx, registry } from '../helpers/fixtures';

const parse = (overrides: Record<string, unknown>, body?: string) => () => article('scars', overrides, body);

describe('a valid article', () => {
  it('parses with its slug, href, sections and citations', () => {
    const parsed = article(
      'scars',
      {},
      '## What studies found\n\nText.<Cite id="kang-2022-mn-prp-acne-meta" />\n\n## How many sessions\n\nMore.<Cite id="nhs-choosing-practitioner" /><Cite id="kang-2022-mn-prp-acne-meta" />\n',
    );
    expect(parsed.slug).toBe('scars');
    expect(parsed.href).toBe('/scars');
    expect(parsed.sections.map((s) => s.id)).toEqual(['what-studies-found', 'how-many-sessions']);
    expect(parsed.citations).toEqual(['kang-2022-mn-prp-acne-meta', 'nhs-choosing-practitioner']);
  });

  it('keeps dates as the YYYY-MM-DD text written in the file', () => {
    expect(article('scars').lastReviewed).toBe('2026-11-25');
  });
});

describe('when frontmatter is invalid, the error names the file and the field', () => {
  it('rejects a missing title', () => {
    expect(parse({ title: undefined })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: title: is required]`,
    );
  });

  it('rejects a description over 160 characters', () => {
    expect(parse({ description: 'a'.repeat(161) })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: description: must be 160 characters or fewer]`,
    );
  });

  it('rejects a date that is not a date', () => {
    expect(parse({ lastReviewed: 'soon' })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: lastReviewed: expected a date YYYY-MM-DD, got "soon"]`,
    );
  });

  it('rejects an impossible calendar date', () => {
    expect(parse({ nextReview: '2027-02-30' })).toThrow(
      'content/articles/scars.mdx: nextReview: expected a date YYYY-MM-DD, got "2027-02-30"',
    );
  });

  it('rejects nextReview before lastReviewed', () => {
    expect(parse({ nextReview: '2026-01-01' })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: nextReview: must be after lastReviewed (2026-11-25)]`,
    );
  });

  it('rejects a month that does not exist with the file and field, not a RangeError', () => {
    expect(parse({ lastReviewed: '2026-13-01' })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: lastReviewed: expected a date YYYY-MM-DD, got "2026-13-01"]`,
    );
  });

  it('rejects a review gap of more than 12 months', () => {
    expect(parse({ nextReview: '2028-01-01' })).toThrow('nextReview: must be at most 12 months after lastReviewed');
  });

  it('counts 12 months by the calendar, to the day', () => {
    expect(parse({ lastReviewed: '2026-03-01', nextReview: '2027-03-01' })).not.toThrow();
    expect(parse({ lastReviewed: '2026-03-01', nextReview: '2027-03-02' })).toThrow('at most 12 months');
    expect(parse({ lastReviewed: '2027-02-28', nextReview: '2028-02-28' })).not.toThrow();
    expect(parse({ lastReviewed: '2027-02-28', nextReview: '2028-02-29' })).toThrow('at most 12 months');
    expect(parse({ lastReviewed: '2028-02-29', nextReview: '2029-02-28' })).not.toThrow();
  });

  it('rejects an unknown frontmatter key', () => {
    expect(parse({ author: 'Someone' })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: (root): Unrecognized key: "author"]`,
    );
  });

  it('rejects fewer than three key points', () => {
    expect(parse({ keyPoints: ['One.'] })).toThrow('content/articles/scars.mdx: keyPoints: needs 3 to 5 points');
  });

  it('rejects an unknown evidence level', () => {
    expect(parse({ evidence: { level: 'strong', summary: 'x' } })).toThrow(
      'content/articles/scars.mdx: evidence.level:',
    );
  });

  it('reports every problem in the file at once', () => {
    expect(parse({ title: '', order: 'first' })).toThrow(/title: is required\ncontent\/articles\/scars.mdx: order:/);
  });

  it('rejects YAML that does not parse', () => {
    const source = '---\ntitle: [unclosed\n---\n\nText.\n';
    expect(() => parseArticle(source, 'content/articles/scars.mdx', registry)).toThrow(
      /^content\/articles\/scars.mdx: frontmatter: /,
    );
  });
});

describe('when the body is invalid', () => {
  it('rejects a <Cite> of an id the registry lacks', () => {
    expect(parse({}, 'Claim.<Cite id="made-up-2020" />\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: <Cite id="made-up-2020">: no reference with this id in content/references.yaml]`,
    );
  });

  it('rejects a <Cite> written another way', () => {
    expect(parse({}, "Claim.<Cite ids={['a']} />\n")).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:16: <Cite>: unknown prop "ids"]`,
    );
  });

  it('rejects a second h1', () => {
    expect(parse({}, '# Another title\n\nText.\n')).toThrow(
      'content/articles/scars.mdx: body: "# Another title" is a second h1',
    );
  });

  it('rejects a heading that skips a level, and accepts one that steps back up', () => {
    expect(parse({}, '## Risks\n\n#### Rare ones\n\nText.\n')).toThrow(
      'content/articles/scars.mdx: body: "#### Rare ones" skips a level; use ###',
    );
    expect(parse({}, '## Risks\n\n### Rare ones\n\nText.\n\n## Costs\n\nText.\n')).not.toThrow();
  });

  it('rejects a file name that is not a clean slug', () => {
    expect(() => parseArticle(mdx(), 'content/articles/Acne Scars.mdx', registry)).toThrow(
      'content/articles/Acne Scars.mdx: file name: use lowercase words joined by hyphens, got "Acne Scars"',
    );
  });
});

describe('when the collection is invalid', () => {
  const home = article('index', { order: 0, group: 'start' });

  it('rejects two articles with the same order', () => {
    expect(() =>
      validateCollection([home, article('scars', { order: 5 }), article('wrinkles', { order: 5 })]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/wrinkles.mdx: order: 5 is already used by content/articles/scars.mdx]`,
    );
  });

  it('rejects two articles with the same slug', () => {
    const first = article('scars', { order: 1 });
    const second = { ...article('scars', { order: 2 }), file: 'content/articles/extra/scars.mdx' };
    expect(() => validateCollection([home, first, second])).toThrow(
      'content/articles/extra/scars.mdx: slug: "scars" is already used by content/articles/scars.mdx',
    );
  });

  it('rejects a site without a home page', () => {
    expect(() => validateCollection([article('scars')])).toThrow('index.mdx (the home page) is missing');
  });

  it('accepts unique slugs and orders with a home page', () => {
    expect(() =>
      validateCollection([home, article('scars', { order: 1 }), article('wrinkles', { order: 2 })]),
    ).not.toThrow();
  });
});

describe('reading a folder of articles', () => {
  it('reports every broken file at once, not only the first', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'articles-'));
    try {
      fs.writeFileSync(path.join(dir, 'index.mdx'), mdx());
      fs.writeFileSync(path.join(dir, 'a.mdx'), mdx({ order: 1, lastReviewed: 'soon' }));
      fs.writeFileSync(path.join(dir, 'b.mdx'), mdx({ order: 2 }, '# Second title\n'));
      const { articles, problems } = readArticles(dir, registry);
      expect(articles.map((article) => article.slug)).toEqual(['index']);
      expect(problems).toHaveLength(2);
      expect(problems.join('\n')).toContain('a.mdx: lastReviewed');
      expect(problems.join('\n')).toContain('b.mdx: body: "# Second title" is a second h1');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
