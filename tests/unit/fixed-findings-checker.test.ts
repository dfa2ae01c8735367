import fs from 'node:fs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { getArticles, type Article } from '@/lib/content/articles';
import { getAcneScarGrid, parseOptionGrid } from '@/lib/content/option-grid';
import { getRegistry } from '@/lib/content/references';
import { article, registry } from '../helpers/fixtures';
import { checkFinding, parseFindings, siteOf } from '../helpers/fixed-findings';

const KANG = 'kang-2022-mn-prp-acne-meta';
const NHS = 'nhs-choosing-practitioner';

/** One table row with these checks, parsed as the table is. */
function row(...checks: object[]) {
  const text = YAML.stringify([
    { id: 'F9', report: 'fact-check-2026-11-28.md', class: 'SAFETY', summary: 'A synthetic finding.', checks },
  ]);
  const { findings, problems } = parseFindings(text, 'tests/fixed-findings.yaml');
  expect(problems).toEqual([]);
  return findings[0]!;
}

const page = article(
  'glossary',
  { keyPoints: ['Aspirin affects platelets for much longer.', 'Type VI never burns.', 'Sessions were a month apart.'] },
  `Aspirin is different. It affects platelets for much longer.<Cite id="${KANG}" />

Never stop a prescribed medicine. Type VI skin is very dark. It never burns.

<FaqAccordion>
<FaqItem id="blood-thinners" question="Can I take blood thinners?">

Tell your practitioner about aspirin.

</FaqItem>
</FaqAccordion>
`,
);
const grid = parseOptionGrid(
  `evidenceSearched: 2026-11
options: [{ id: needling, name: Microneedling }, { id: laser, name: Laser }]
questions: [{ id: what-happens, label: What happens }, { id: improvement, label: How sure we are }]
cells:
  what-happens:
    needling: { text: Needles break bands under scars., cite: [${KANG}] }
    laser: { text: Heat breaks bands., cite: [${NHS}] }
  improvement:
    needling: { text: A little., cite: [${KANG}], evidence: some }
    laser: { text: Unknown., cite: [], evidence: none }
scarTypes: []
`,
  'content/acne-scar-grid.yaml',
  registry,
);
const site = siteOf([page], registry, grid);
const check = (...checks: object[]) => checkFinding(row(...checks), site);
const FILE = 'F9: content/articles/glossary.mdx';

describe('the fixed-findings checker', () => {
  it('forbid: fails when the old wording is back, naming the part', () => {
    expect(check({ forbid: 'rarely burns', pages: ['glossary'] })).toEqual([]);
    expect(check({ forbid: 'never burns', pages: ['*'] })).toEqual([
      `${FILE}: keyPoints[1]: /never burns/ is back: "Type VI never burns."`,
      // The excerpt starts near the match, so a long paragraph still shows it.
      `${FILE}: body: /never burns/ is back: "…rescribed medicine. Type VI skin is very dark. It never burns."`,
    ]);
    expect(check({ forbid: 'heat breaks', pages: ['grid'], in: ['cells.what-happens.laser'] })).toEqual([
      'F9: content/acne-scar-grid.yaml: cells.what-happens.laser: /heat breaks/ is back: "Heat breaks bands."',
    ]);
  });

  it('require: fails when no paragraph in scope still says it', () => {
    expect(check({ require: 'aspirin.*longer', pages: ['glossary'] })).toEqual([]);
    expect(check({ require: 'aspirin.*longer', pages: ['glossary'], in: ['faq.blood-thinners'] })).toEqual([
      `${FILE}: faq.blood-thinners: nothing matches /aspirin.*longer/ any more`,
    ]);
  });

  it('near: the qualifier must be in the same paragraph, sentence or page as each claim', () => {
    expect(check({ claim: 'aspirin', near: 'longer', pages: ['glossary'], in: ['keyPoints'] })).toEqual([]);
    expect(check({ claim: 'aspirin', near: 'longer', within: 'sentence', pages: ['glossary'], in: ['body'] })).toEqual([
      `${FILE}: body: /aspirin/ without /longer/ in the same sentence: "Aspirin is different."`,
      `${FILE}: body: /aspirin/ without /longer/ in the same sentence: "Tell your practitioner about aspirin."`,
    ]);
    expect(check({ claim: 'type VI', near: 'never burns', within: 'sentence', pages: ['glossary'] })).toEqual([
      `${FILE}: body: /type VI/ without /never burns/ in the same sentence: "Type VI skin is very dark."`,
    ]);
    expect(check({ claim: 'month apart', near: '\\btwo\\b', within: 'page', pages: ['glossary'] })).toEqual([
      `${FILE}: keyPoints[2]: /month apart/ without /\\btwo\\b/ anywhere on the page: "Sessions were a month apart."`,
    ]);
    // FAQ answers are read in the body, once, unless a check names one.
    expect(check({ claim: 'aspirin', near: 'longer', pages: ['glossary'] })).toEqual([
      `${FILE}: body: /aspirin/ without /longer/ in the same paragraph: "Tell your practitioner about aspirin."`,
    ]);
  });

  it("cites: an article's citations, or a grid cell's", () => {
    expect(check({ cites: KANG, pages: ['glossary', 'grid'] })).toEqual([]);
    expect(check({ cites: NHS, pages: ['glossary'] })).toEqual([`${FILE}: anywhere: no longer cites ${NHS}`]);
    expect(check({ cites: NHS, pages: ['grid'], in: ['cells.what-happens.needling'] })).toEqual([
      `F9: content/acne-scar-grid.yaml: cells.what-happens.needling: no longer cites ${NHS}`,
    ]);
  });

  it('field and registry: a value must (not) match', () => {
    expect(check({ field: 'group', pages: ['glossary'], match: '^does-it-work$' })).toEqual([]);
    expect(check({ field: 'evidence.level', pages: ['glossary'], match: '^none$' })).toEqual([
      `${FILE}: evidence.level: must match /^none$/, is ""`,
    ]);
    expect(check({ registry: KANG, field: 'kind', match: '^meta-analysis$' })).toEqual([]);
    expect(check({ registry: '*', if: { field: 'source', match: 'nhs' }, field: 'kind', forbid: '^health' })).toEqual([
      `F9: content/references.yaml: ${NHS}.kind: must not match /^health/, is "health service"`,
    ]);
  });

  it('fails, rather than passing unseen, when a page, part or entry it names is gone', () => {
    expect(
      check(
        { forbid: 'x', pages: ['glossry'] },
        { require: 'x', pages: ['glossary'], in: ['faq.old-anchor'] },
        { registry: 'gone-2020', field: 'kind', match: 'x' },
      ),
    ).toEqual([
      'F9: no page "glossry": use an article\'s file name (without .mdx), * or grid',
      `${FILE}: no faq.old-anchor to check; if it moved, update this row`,
      'F9: content/references.yaml: no entry gone-2020; if it was removed or renamed on purpose, update this row',
    ]);
  });
});

describe('a malformed row', () => {
  const parse = (rows: object[]) => parseFindings(YAML.stringify(rows), 'tests/fixed-findings.yaml').problems;
  const base = { id: 'F2', report: 'fact-check-2026-11-28.md', class: 'ERROR', summary: 'S.' };

  it('fails naming the row and the field', () => {
    expect(
      parse([
        { ...base, checks: [{ forbid: '(unclosed', pages: ['faq'] }] },
        { ...base, id: 'F3', checks: [{ forbidd: 'x', pages: ['faq'] }] },
        { ...base, id: 'F4', checks: [] },
        { ...base, id: 'F5', class: 'WRONG', checks: [{ near: 'x', pages: ['faq'] }] },
        { summary: 'no id' },
      ]),
    ).toEqual([
      expect.stringMatching(/^tests\/fixed-findings\.yaml: F2: checks\.0\.forbid: not a regular expression: /),
      'tests/fixed-findings.yaml: F3: checks.0.kind: a check needs one of the keys registry, field, near, forbid, require, cites',
      'tests/fixed-findings.yaml: F4: checks: is empty: say which test covers it (covered) or why nothing can check it (whyNoCheck)',
      expect.stringMatching(/^tests\/fixed-findings\.yaml: F5: class: /),
      'tests/fixed-findings.yaml: F5: checks.0.claim: Invalid input: expected string, received undefined',
      expect.stringMatching(/^tests\/fixed-findings\.yaml: row 5: id: /),
      expect.stringMatching(/^tests\/fixed-findings\.yaml: row 5: report: /),
      expect.stringMatching(/^tests\/fixed-findings\.yaml: row 5: class: /),
      expect.stringMatching(/^tests\/fixed-findings\.yaml: row 5: checks: /),
    ]);
  });
});

/**
 * The real F1 and F3 rows against copies of the real articles: they pass with N12's and N13's
 * fixes in, and fail when the cut's wording (fact-check 2026-12-07) or F1's original wording is back.
 */
describe('the F1 and F3 rows', () => {
  const table = parseFindings(fs.readFileSync('tests/fixed-findings.yaml', 'utf8'), 'tests/fixed-findings.yaml');
  const f1 = table.findings.find((finding) => finding.id === 'F1')!;
  const f3 = table.findings.find((finding) => finding.id === 'F3')!;
  const LONGER = /aspirin.*longer|longer.*aspirin/i;

  /** The real site with some articles changed; the rest as they are. */
  const siteWith = (changes: Record<string, (article: Article) => Article>) =>
    siteOf(
      getArticles().map((entry) => changes[entry.slug]?.(entry) ?? entry),
      getRegistry(),
      getAcneScarGrid(),
    );
  const melasma = (keyPoint: string, summary: string) => (entry: Article) => ({
    ...entry,
    keyPoints: entry.keyPoints.map((point) => (/melasma scores|added nothing/i.test(point) ? keyPoint : point)),
    evidence: { level: entry.evidence!.level, summary },
  });
  /** /before-and-after and the FAQ answer without any "aspirin … longer" line, plus `line` if given. */
  const aspirin = (line?: string) => ({
    'before-and-after': (entry: Article) => ({
      ...entry,
      prose: [...entry.prose.filter((text) => !LONGER.test(text)), ...(line ? [line] : [])],
    }),
    faq: (entry: Article) => ({
      ...entry,
      faq: entry.faq.map((item) =>
        item.id === 'isotretinoin-and-blood-thinners'
          ? {
              ...item,
              answer: `Tell your practitioner about aspirin or blood thinners, but never stop them on your own.${line ? ` ${line}` : ''}`,
            }
          : item,
      ),
    }),
  });
  const where = (failures: string[]) => failures.map((failure) => failure.split(': ').slice(0, 3).join(': '));

  it('pass with the fixes of N12 and N13', () => {
    const fixed = siteWith({
      hyperpigmentation: melasma(
        'In the best trial, which used radiofrequency (heated) microneedling, PRP did not improve overall melasma scores, though some skin-camera measures favored it.',
        'Most studies had no comparison group. In the one blinded trial we found, which used radiofrequency microneedling, PRP did not improve overall melasma scores, though some skin-camera measures favored it.',
      ),
      ...aspirin('Aspirin, even a low daily dose, affects platelets much longer (general medical knowledge).'),
    });
    expect(checkFinding(f1, fixed)).toEqual([]);
    expect(checkFinding(f3, fixed)).toEqual([]);
  });

  it('fail when the cut drops the qualifiers again (N12, N13)', () => {
    const cut = siteWith({
      hyperpigmentation: melasma(
        'In the best trial, PRP did not improve overall melasma scores.',
        'Most studies had no comparison group. In the one blinded trial we found, PRP did not improve overall melasma scores.',
      ),
      ...aspirin(),
    });
    const failures = checkFinding(f1, cut);
    expect(where(failures)).toEqual([
      'F1: content/articles/hyperpigmentation.mdx: keyPoints[1]',
      'F1: content/articles/hyperpigmentation.mdx: evidence.summary',
      'F1: content/articles/hyperpigmentation.mdx: keyPoints[1]',
      'F1: content/articles/hyperpigmentation.mdx: evidence.summary',
      'F1: content/articles/hyperpigmentation.mdx: keyPoints[1]',
      'F1: content/articles/hyperpigmentation.mdx: evidence.summary',
    ]);
    expect(failures[0]).toContain('without /camera|VISIA|brown spots/ in the same paragraph');
    expect(failures[2]).toContain('without /radiofrequency|\\bRF\\b|heat|type of microneedling/');
    expect(checkFinding(f3, cut)).toEqual([
      'F3: content/articles/before-and-after.mdx: anywhere: nothing matches /aspirin.*longer|longer.*aspirin/ any more',
      'F3: content/articles/faq.mdx: faq.isotretinoin-and-blood-thinners: nothing matches /aspirin.*longer|longer.*aspirin/ any more',
    ]);
  });

  it("fail on F1's original wording", () => {
    const original = siteWith({
      hyperpigmentation: melasma(
        'PRP added nothing to a type of microneedling for melasma.',
        'The one blinded trial we found showed no benefit from adding PRP for melasma.',
      ),
    });
    expect(where(checkFinding(f1, original))).toEqual([
      'F1: content/articles/hyperpigmentation.mdx: keyPoints[1]',
      'F1: content/articles/hyperpigmentation.mdx: evidence.summary',
      'F1: content/articles/hyperpigmentation.mdx: evidence.summary',
      'F1: content/articles/hyperpigmentation.mdx: keyPoints[1]',
      'F1: content/articles/hyperpigmentation.mdx: evidence.summary',
    ]);
  });
});
