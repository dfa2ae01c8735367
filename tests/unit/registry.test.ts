import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/articles';
import { getRegistry, parseRegistry } from '@/lib/references';
import { registry, registryYaml } from '../helpers/fixtures';

describe('the references registry', () => {
  it('links each entry by DOI first, then URL, then PubMed', () => {
    expect(registry.get('kang-2022-mn-prp-acne-meta')?.href).toBe('https://doi.org/10.3389/fmed.2021.788754');
    expect(registry.get('nhs-choosing-practitioner')?.href).toMatch(/^https:\/\/www\.nhs\.uk\//);
    const pubmedOnly = parseRegistry(
      'a-2021:\n  title: T\n  source: S\n  kind: review\n  pmid: "34980960"\n',
      'r.yaml',
    );
    expect(pubmedOnly.get('a-2021')?.href).toBe('https://pubmed.ncbi.nlm.nih.gov/34980960/');
  });

  it('rejects an entry with no DOI, PubMed id or URL, naming the file and id', () => {
    expect(() =>
      parseRegistry('a-2021:\n  title: T\n  source: S\n  kind: review\n', 'content/references.yaml'),
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
    const text = 'Kang2022:\n  title: T\n  source: S\n  kind: review\n  url: https://example.org/\n';
    expect(() => parseRegistry(text, 'content/references.yaml')).toThrow(
      'content/references.yaml: Kang2022: ids are lowercase words joined by hyphens',
    );
  });

  it('rejects an unknown kind of evidence', () => {
    const text = 'kang-2022:\n  title: T\n  source: S\n  kind: blog post\n  url: https://example.org/\n';
    expect(() => parseRegistry(text, 'content/references.yaml')).toThrow(
      'content/references.yaml: kang-2022.kind: Invalid option',
    );
  });

  it('rejects a plain-http URL', () => {
    const text = 'a-2021:\n  title: T\n  source: S\n  kind: review\n  url: http://example.org/\n';
    expect(() => parseRegistry(text, 'content/references.yaml')).toThrow(
      'content/references.yaml: a-2021.url: must be an https URL',
    );
  });
});

describe('the site registry and its use', () => {
  const ids = new Set(getRegistry().keys());
  const cited = new Set(getArticles().flatMap((article) => article.citations));

  it('has no entry that no page cites', () => {
    expect([...ids].filter((id) => !cited.has(id))).toEqual([]);
  });
});
