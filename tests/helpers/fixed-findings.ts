import YAML from 'yaml';
import { z } from 'zod';
import type { Article } from '@/lib/content/articles';
import type { OptionGrid } from '@/lib/content/option-grid';
import { displayPath, optionGridFile, registryFile } from '@/lib/content/paths';
import type { Registry } from '@/lib/content/references';
import { kebabId } from '@/lib/content/schemas';

/**
 * The checks behind tests/fixed-findings.yaml: each fixed fact-check finding names what must stay
 * true, so that a cut or rewrite that brings the finding back fails a test (F1 and F3 came back
 * as N12 and N13 when their pages were cut). Pure: a row and a site in, a list of failures out.
 */

/** A case-insensitive regular expression, written without slashes. */
const pattern = z
  .string()
  .min(1)
  .transform((source, ctx) => {
    try {
      return new RegExp(source, 'i');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a regular expression: ${(error as Error).message}` });
      return z.NEVER;
    }
  });

const name = z.string().trim().min(1);
/** Article file names (`*` for every article) or `grid`; `in` narrows to parts such as `keyPoints`. */
const scope = { pages: z.array(name).min(1), in: z.array(name).min(1).optional() };
const verdict = { match: pattern.optional(), forbid: pattern.optional() };
const needsVerdict = [
  (check: { match?: RegExp; forbid?: RegExp }) => Boolean(check.match ?? check.forbid),
  'needs match or forbid',
] as const;

const checkKinds = {
  registry: z
    .strictObject({
      kind: z.literal('registry'),
      registry: name,
      field: name,
      ...verdict,
      if: z.strictObject({ field: name, match: pattern }).optional(),
    })
    .refine(...needsVerdict),
  field: z
    .strictObject({ kind: z.literal('field'), field: name, pages: scope.pages, ...verdict })
    .refine(...needsVerdict),
  near: z.strictObject({
    kind: z.literal('near'),
    claim: pattern,
    near: pattern,
    within: z.enum(['sentence', 'paragraph', 'page']).default('paragraph'),
    ...scope,
  }),
  forbid: z.strictObject({ kind: z.literal('forbid'), forbid: pattern, ...scope }),
  require: z.strictObject({ kind: z.literal('require'), require: pattern, ...scope }),
  cites: z.strictObject({ kind: z.literal('cites'), cites: kebabId, ...scope }),
};
/** Key order matters: a field check may have `forbid`, and a registry check has `field`. */
const KIND_KEYS = Object.keys(checkKinds) as (keyof typeof checkKinds)[];

/** A check is written as `forbid: …`, `near: …` etc.; the first such key names its kind. */
const checkSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const kind = KIND_KEYS.find((key) => key in raw);
    return kind ? { kind, ...raw } : raw;
  },
  z.discriminatedUnion(
    'kind',
    [checkKinds.registry, checkKinds.field, checkKinds.near, checkKinds.forbid, checkKinds.require, checkKinds.cites],
    { error: `a check needs one of the keys ${KIND_KEYS.join(', ')}` },
  ),
);
type Check = z.output<typeof checkSchema>;

const findingClasses = ['ERROR', 'OVERSTATED', 'MISATTRIBUTED', 'UNSUPPORTED', 'SAFETY', 'CONSISTENCY'] as const;

const findingSchema = z
  .strictObject({
    id: z.string().regex(/^[FNR]\d+$/, 'expected an id such as F1, N12 or R3'),
    report: z.string().regex(/^fact-check-\d{4}-\d{2}-\d{2}\.md$/, 'expected a file name fact-check-YYYY-MM-DD.md'),
    class: z.enum(findingClasses),
    summary: name,
    checks: z.array(checkSchema),
    /** Which other test already keeps it fixed. */
    covered: name.optional(),
    /** What the checks leave out, and why. */
    whyNoCheck: name.optional(),
  })
  .refine((row) => row.checks.length > 0 || row.covered || row.whyNoCheck, {
    path: ['checks'],
    message: 'is empty: say which test covers it (covered) or why nothing can check it (whyNoCheck)',
  });
type Finding = z.output<typeof findingSchema>;

/** Parses the table; each malformed row becomes one problem naming the row, and is left out. */
export function parseFindings(text: string, file: string): { findings: Finding[]; problems: string[] } {
  let rows: unknown;
  try {
    rows = YAML.parse(text);
  } catch (error) {
    return { findings: [], problems: [`${file}: ${(error as Error).message}`] };
  }
  if (!Array.isArray(rows)) return { findings: [], problems: [`${file}: expected a list of findings`] };
  const findings: Finding[] = [];
  const problems: string[] = [];
  rows.forEach((row: unknown, index) => {
    const result = findingSchema.safeParse(row);
    if (result.success) {
      findings.push(result.data);
      return;
    }
    const id = (row as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' ? id : `row ${index + 1}`;
    for (const issue of result.error.issues) {
      problems.push(`${file}: ${label}: ${issue.path.join('.') || '(row)'}: ${issue.message}`);
    }
  });
  return { findings, problems };
}

/** One piece of text a reader reads, named by where it is: `keyPoints[1]`, `faq.cost`, `cells.pain.subcision`. */
type Unit = { where: string; text: string; cites?: readonly string[] };
type Page = { file: string; units: Unit[]; citations: readonly string[]; data: unknown };
type Site = { pages: ReadonlyMap<string, Page>; articles: readonly string[]; registry: Registry };

const GRID = 'grid';

function articlePage(article: Article): Page {
  const units: Unit[] = [
    { where: 'title', text: article.title },
    { where: 'description', text: article.description },
    ...article.keyPoints.map((text, index) => ({ where: `keyPoints[${index}]`, text })),
    ...(article.evidence ? [{ where: 'evidence.summary', text: article.evidence.summary }] : []),
    ...article.prose.map((text) => ({ where: 'body', text })),
    // Also in `body`; here so that a check can name one answer by its (permanent) anchor.
    ...article.faq.map((entry) => ({ where: `faq.${entry.id}`, text: entry.answer })),
  ];
  return { file: article.file, units, citations: article.citations, data: article };
}

function gridPage(grid: OptionGrid): Page {
  const units: Unit[] = [
    ...Object.entries(grid.cells).flatMap(([question, row]) =>
      Object.entries(row).map(([option, cell]) => ({
        where: `cells.${question}.${option}`,
        text: cell.text,
        cites: cell.cite,
      })),
    ),
    ...grid.scarTypes.map((type) => ({ where: `scarTypes.${type.id}`, text: type.text, cites: type.cite })),
  ];
  return { file: displayPath(optionGridFile), units, citations: units.flatMap((unit) => unit.cites ?? []), data: grid };
}

/** The site as the checks see it: every article by file name, and the option grid (optional in synthetic tests). */
export function siteOf(articles: readonly Article[], registry: Registry, grid?: OptionGrid): Site {
  const pages = new Map(articles.map((article) => [article.slug, articlePage(article)]));
  if (grid) pages.set(GRID, gridPage(grid));
  return { pages, articles: articles.map((article) => article.slug), registry };
}

const valueAt = (data: unknown, path: string): string => {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  return value === undefined ? '' : String(value);
};

const show = (re: RegExp) => `/${re.source}/`;

/** The text around a match, so a long paragraph still shows what matched. */
function excerpt(text: string, re: RegExp): string {
  const at = Math.max(0, (re.exec(text)?.index ?? 0) - 50);
  const cut = text.slice(at, at + 140);
  return `"${at > 0 ? '…' : ''}${cut}${at + 140 < text.length ? '…' : ''}"`;
}

/** Sentences, roughly: a list read as one sentence joins its items with "; ", so that ends one too. */
const sentences = (text: string) => text.split(/(?<=[.!?;]["”’)]*)\s+/);

function judge(value: string, check: { match?: RegExp; forbid?: RegExp }, where: string): string[] {
  const problems: string[] = [];
  if (check.match && !check.match.test(value))
    problems.push(`${where}: must match ${show(check.match)}, is "${value}"`);
  if (check.forbid?.test(value)) problems.push(`${where}: must not match ${show(check.forbid)}, is "${value}"`);
  return problems;
}

function registryProblems(check: Extract<Check, { kind: 'registry' }>, registry: Registry): string[] {
  const file = displayPath(registryFile);
  const entries = check.registry === '*' ? [...registry.values()] : [registry.get(check.registry)];
  if (!entries[0])
    return [`${file}: no entry ${check.registry}; if it was removed or renamed on purpose, update this row`];
  return entries
    .filter((entry) => entry && (!check.if || check.if.match.test(valueAt(entry, check.if.field))))
    .flatMap((entry) => judge(valueAt(entry, check.field), check, `${file}: ${entry!.id}.${check.field}`));
}

function pageProblems(check: Exclude<Check, { kind: 'registry' }>, page: Page): string[] {
  const { file } = page;
  if (check.kind === 'field') return judge(valueAt(page.data, check.field), check, `${file}: ${check.field}`);

  const scopes = check.in;
  const inScope = (unit: Unit, scope: string) =>
    unit.where === scope || unit.where.startsWith(`${scope}[`) || unit.where.startsWith(`${scope}.`);
  // FAQ answers are in `body` too; unless a check names one, they are read there, once.
  const units = scopes
    ? page.units.filter((unit) => scopes.some((scope) => inScope(unit, scope)))
    : page.units.filter((unit) => !unit.where.startsWith('faq.'));
  // A part that is no longer there (a renamed FAQ anchor or grid cell) would make the check pass unseen.
  const gone = (scopes ?? []).filter((scope) => !page.units.some((unit) => inScope(unit, scope)));
  if (gone.length > 0) return gone.map((scope) => `${file}: no ${scope} to check; if it moved, update this row`);
  const label = scopes?.join(', ') ?? 'anywhere';

  switch (check.kind) {
    case 'forbid':
      return units
        .filter((unit) => check.forbid.test(unit.text))
        .map((unit) => `${file}: ${unit.where}: ${show(check.forbid)} is back: ${excerpt(unit.text, check.forbid)}`);
    case 'require':
      return units.some((unit) => check.require.test(unit.text))
        ? []
        : [`${file}: ${label}: nothing matches ${show(check.require)} any more`];
    case 'near': {
      if (check.within === 'page') {
        const claimed = units.find((unit) => check.claim.test(unit.text));
        return !claimed || units.some((unit) => check.near.test(unit.text))
          ? []
          : [
              `${file}: ${claimed.where}: ${show(check.claim)} without ${show(check.near)} anywhere on the page: ${excerpt(claimed.text, check.claim)}`,
            ];
      }
      return units.flatMap((unit) =>
        (check.within === 'sentence' ? sentences(unit.text) : [unit.text])
          .filter((text) => check.claim.test(text) && !check.near.test(text))
          .map(
            (text) =>
              `${file}: ${unit.where}: ${show(check.claim)} without ${show(check.near)} in the same ${check.within}: ${excerpt(text, check.claim)}`,
          ),
      );
    }
    case 'cites': {
      if (scopes && units.some((unit) => !unit.cites)) {
        return [`${file}: cites with \`in\`: only grid cells carry their own citations; articles cite per page`];
      }
      const cited = scopes ? units.flatMap((unit) => unit.cites ?? []) : page.citations;
      return cited.includes(check.cites) ? [] : [`${file}: ${label}: no longer cites ${check.cites}`];
    }
  }
}

/** What is wrong with the site for one finding: one line per failed check, naming the finding, page and check. */
export function checkFinding(finding: Finding, site: Site): string[] {
  const problems = finding.checks.flatMap((check) => {
    if (check.kind === 'registry') return registryProblems(check, site.registry);
    return check.pages
      .flatMap((name) => (name === '*' ? site.articles : [name]))
      .flatMap((name) => {
        const page = site.pages.get(name);
        if (!page) return [`no page "${name}": use an article's file name (without .mdx), * or ${GRID}`];
        return pageProblems(check, page);
      });
  });
  return problems.map((problem) => `${finding.id}: ${problem}`);
}
