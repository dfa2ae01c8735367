import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReferenceText } from '@/components/reference-text';
import { getArticles } from '@/lib/content/articles';
import { getRegistry, parseRegistry } from '@/lib/content/references';
import { printedAuthors } from '@/lib/pages/format';
import { registry, registryYaml } from '../helpers/fixtures';

describe('the references registry', () => {
  it('links each entry by DOI first, then URL, then PubMed', () => {
    expect(registry.get('kang-2022-mn-prp-acne-meta')?.href).toBe('https://doi.org/10.3389/fmed.2021.788754');
    expect(registry.get('nhs-choosing-practitioner')?.href).toMatch(/^https:\/\/www\.nhs\.uk\//);
    const pubmedOnly = parseRegistry(
      'a-2021:\n  authors: A\n  title: T\n  source: S\n  year: 2021\n  kind: review\n  pmid: "34980960"\n',
      'r.yaml',
    );
    expect(pubmedOnly.get('a-2021')?.href).toBe('https://pubmed.ncbi.nlm.nih.gov/34980960/');
  });

  it('rejects an entry with no DOI, PubMed id or URL, naming the file and id', () => {
    expect(() =>
      parseRegistry(
        'a-2021:\n  authors: A\n  title: T\n  source: S\n  year: 2021\n  kind: review\n',
        'content/references.yaml',
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/references.yaml: a-2021: needs a doi, pmid or url so readers can find the source]`,
    );
  });

  it('rejects the same id twice', () => {
    expect(() => parseRegistry(registryYaml + registryYaml, 'content/references.yaml')).toThrow(
      /^content\/references.yaml: Map keys must be unique/,
    );
  });

  it('rejects an id that is not kebab-case', () => {
    const text =
      'Kang2022:\n  authors: A\n  title: T\n  source: S\n  year: 2022\n  kind: review\n  url: https://example.org/\n';
    expect(() => parseRegistry(text, 'content/references.yaml')).toThrow(
      'content/references.yaml: Kang2022: ids are lowercase words joined by hyphens',
    );
  });

  it('rejects an unknown kind of evidence', () => {
    const text =
      'kang-2022:\n  authors: A\n  title: T\n  source: S\n  year: 2022\n  kind: blog post\n  url: https://example.org/\n';
    expect(() => parseRegistry(text, 'content/references.yaml')).toThrow(
      'content/references.yaml: kang-2022.kind: Invalid option',
    );
  });

  it('rejects a plain-http URL', () => {
    const text =
      'a-2021:\n  authors: A\n  title: T\n  source: S\n  year: 2021\n  kind: review\n  url: http://example.org/\n';
    expect(() => parseRegistry(text, 'content/references.yaml')).toThrow(
      'content/references.yaml: a-2021.url: must be an https URL',
    );
  });
});

describe('what each registry entry must say', () => {
  /** A valid entry; each test drops or adds one field. */
  const entry = (fields: string) =>
    `a-2021:\n  title: T\n  source: S\n  kind: review\n  url: https://example.org/\n${fields}`;

  it('accepts the kinds that name what a source is, not what it reports', () => {
    for (const kind of [
      'news report',
      'trade press',
      'commercial website',
      'legal decision',
      'insurer policy',
      'expert opinion',
      'clinical study',
      'trial record',
      'audit',
      'method paper',
      'voluntary register',
      'draft for comment',
      'archived copy',
      'lab study',
    ]) {
      const text = entry('  authors: A\n  year: 2021\n').replace('kind: review', `kind: ${kind}`);
      expect(parseRegistry(text, 'r.yaml').get('a-2021')?.kind).toBe(kind);
    }
  });

  it('rejects an entry that names no authors or organization', () => {
    expect(() => parseRegistry(entry('  year: 2021\n'), 'content/references.yaml')).toThrow(
      'content/references.yaml: a-2021.authors: is required: the authors, or the organization that published it',
    );
    expect(() => parseRegistry(entry('  authors: " "\n  year: 2021\n'), 'content/references.yaml')).toThrow(
      'content/references.yaml: a-2021.authors: is required',
    );
  });

  it('rejects an entry with neither a year nor, for an undated page, the year it was read', () => {
    expect(() => parseRegistry(entry('  authors: A\n'), 'content/references.yaml')).toThrow(
      'content/references.yaml: a-2021: needs a year (when it was published) or, for an undated page, accessed (the year we read it)',
    );
  });

  it('rejects a read year on an entry that has a publication year', () => {
    expect(() =>
      parseRegistry(entry('  authors: A\n  year: 2021\n  accessed: 2026\n'), 'content/references.yaml'),
    ).toThrow('content/references.yaml: a-2021.accessed: is only for undated pages; this entry has a year');
  });

  it('accepts an undated page with the year it was read, and prints it as undated', () => {
    const reference = parseRegistry(entry('  authors: NHS\n  accessed: 2026\n'), 'r.yaml').get('a-2021');
    expect(reference?.year).toBeUndefined();
    expect(reference?.accessed).toBe(2026);
    const html = renderToStaticMarkup(createElement(ReferenceText, { reference: reference! }));
    expect(html).toContain('S, undated, read 2026.');
  });
});

describe('an entry with no stable public link', () => {
  const text = (fields: string) =>
    `a-2018:\n  authors: A\n  title: T\n  source: Magazine\n  year: 2018\n  kind: professional body\n${fields}`;

  it('prints why there is no link instead of linking a home page or a copy', () => {
    const reference = parseRegistry(text('  noLink: printed in the September issue only\n'), 'r.yaml').get('a-2018');
    expect(reference?.href).toBeUndefined();
    const html = renderToStaticMarkup(createElement(ReferenceText, { reference: reference! }));
    expect(html).toContain('No stable public link: printed in the September issue only');
    expect(html).not.toContain('<a ');
  });

  it('rejects noLink on an entry that has a link', () => {
    expect(() =>
      parseRegistry(text('  noLink: none\n  url: https://example.org/\n'), 'content/references.yaml'),
    ).toThrow('content/references.yaml: a-2018.noLink: is only for an entry with no doi, pmid or url');
  });
});

describe('the site registry and its use', () => {
  const ids = new Set(getRegistry().keys());
  const cited = new Set(getArticles().flatMap((article) => article.citations));

  it('has no entry that no page cites', () => {
    expect([...ids].filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('printedAuthors', () => {
  it('prints one or two people in full and more as the first and et al', () => {
    expect(printedAuthors('Kang C, Lu D')).toBe('Kang C, Lu D');
    expect(printedAuthors('Abdel Hay R, Shalaby K, Chi C-C')).toBe('Abdel Hay R et al');
  });

  it('prints an organization, or a list it cannot read as names, as it is', () => {
    expect(printedAuthors('US Food and Drug Administration')).toBe('US Food and Drug Administration');
    expect(printedAuthors('Garg AM, et al.')).toBe('Garg AM, et al');
  });
});
