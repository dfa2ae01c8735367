import YAML from 'yaml';
import { parseArticle, type Article } from '@/lib/content/articles';
import { parseRegistry, type Registry } from '@/lib/content/references';

/** Frontmatter that passes validation; tests change one field at a time. */
const validFrontmatter = {
  title: 'Microneedling with PRP for acne scars',
  navTitle: 'Acne scars',
  description: 'What the studies show, how many sessions people need, and what you can expect afterwards.',
  order: 20,
  group: 'does-it-work',
  keyPoints: ['Adding PRP may help a little.', 'Most of the gain comes from microneedling.', 'Studies were small.'],
  lastReviewed: '2026-11-25',
  nextReview: '2027-11-25',
};

/** A small registry with realistic entries. */
export const registryYaml = `
kang-2022-mn-prp-acne-meta:
  authors: Kang C, Lu D
  title: Combined effect of microneedling and platelet-rich plasma for the treatment of acne scars
  source: Frontiers in Medicine
  year: 2022
  kind: meta-analysis
  doi: 10.3389/fmed.2021.788754
nhs-choosing-practitioner:
  authors: NHS
  title: Choosing who will do your cosmetic procedure
  source: nhs.uk
  accessed: 2026
  kind: health service
  url: https://www.nhs.uk/conditions/cosmetic-procedures/choosing-who-will-do-your-procedure/
`;

export const registry: Registry = parseRegistry(registryYaml, 'content/references.yaml');

/** MDX source text: YAML frontmatter (with overrides; `undefined` removes a key) and a body. */
export function mdx(
  overrides: Record<string, unknown> = {},
  body = 'Some text.<Cite id="kang-2022-mn-prp-acne-meta" />\n',
): string {
  const data: Record<string, unknown> = { ...validFrontmatter, ...overrides };
  for (const [key, value] of Object.entries(data)) if (value === undefined) delete data[key];
  return `---\n${YAML.stringify(data)}---\n\n${body}`;
}

/** Parse a fixture as if it were content/articles/<slug>.mdx. */
export function article(slug: string, overrides: Record<string, unknown> = {}, body?: string): Article {
  return parseArticle(mdx(overrides, body), `content/articles/${slug}.mdx`, registry);
}
