import { z } from 'zod';

/** Lowercase words joined by hyphens: slugs and the ids of references, FAQ answers and glossary terms. */
export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A real calendar date written as YYYY-MM-DD (kept as text so it never shifts with time zones). */
const isoDate = z.iso.date({
  error: (issue) => `expected a date YYYY-MM-DD, got ${JSON.stringify(issue.input)}`,
});

/** Midnight UTC on an ISO calendar date. */
export function toUtcDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/**
 * The same day a number of months later, as YYYY-MM-DD; a day the later month lacks becomes its
 * last day (31 March plus 1 month is 30 April).
 */
function addMonths(value: string, months: number): string {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A string field whose absence reads "is required" rather than a type error. */
function text() {
  return z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') }).trim();
}

/** Where an article sits in the site's navigation. */
export const articleGroups = ['start', 'what-it-is', 'does-it-work', 'is-it-safe', 'deciding', 'about'] as const;

/** How sure the evidence is, in the words a patient reads on the page. */
const evidenceLevels = ['good', 'some', 'weak', 'none'] as const;
export const evidenceLevel = z.enum(evidenceLevels);

/** An id in content (a grid option, a component prop): lowercase words joined by hyphens. */
export const kebabId = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text in quotes') })
  .trim()
  .min(1, 'is required')
  .regex(kebabCase, 'must be lowercase words joined by hyphens');

/** Frontmatter of one article in content/articles. Unknown keys are errors. */
export const frontmatterSchema = z
  .strictObject({
    /** Page heading and <title>; short enough for search results. */
    title: text().min(1, 'is required').max(60, 'must be 60 characters or fewer'),
    /** Short label used in navigation and breadcrumbs. */
    navTitle: text().min(1, 'is required').max(30, 'must be 30 characters or fewer'),
    /** Meta description and card text. */
    description: text().min(50, 'must be at least 50 characters').max(160, 'must be 160 characters or fewer'),
    /** Position in navigation; unique across articles. */
    order: z.number().int().nonnegative(),
    /** Navigation group. */
    group: z.enum(articleGroups),
    /** The "In short" takeaways, shown first. */
    keyPoints: z.array(z.string().trim().min(1).max(200)).min(3, 'needs 3 to 5 points').max(5, 'needs 3 to 5 points'),
    /** For treatment articles: the "How sure are we?" verdict that links to /evidence. */
    evidence: z
      .strictObject({
        level: evidenceLevel,
        summary: z.string().trim().min(1).max(240),
      })
      .optional(),
    /** The condition a page is about (structured data); pages without one are about the procedure. */
    condition: text().min(1).max(60).optional(),
    /** The date the page was last checked against its sources. */
    lastReviewed: isoDate,
    /** When it must be checked again: after lastReviewed and at most 12 months later. */
    nextReview: isoDate,
  })
  .superRefine((data, ctx) => {
    // Only two real dates can be compared; a bad one has its own message already.
    if (!isoDate.safeParse(data.lastReviewed).success || !isoDate.safeParse(data.nextReview).success) return;
    // ISO dates sort as text, so comparing strings compares days.
    if (data.nextReview <= data.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `must be after lastReviewed (${data.lastReviewed})`,
      });
    } else if (data.nextReview > addMonths(data.lastReviewed, 12)) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'must be at most 12 months after lastReviewed' });
    }
  });

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type ArticleGroup = (typeof articleGroups)[number];
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** The kinds of source the registry holds; each source is printed with its kind as a label. */
const referenceKinds = [
  'meta-analysis',
  'systematic review',
  'randomized trial',
  'split-face study',
  'controlled study',
  'uncontrolled study',
  'case series',
  'review',
  'guideline',
  'public health report',
  'regulator',
  'professional body',
  'health service',
  /** A news story: what a reporter wrote, not the body it quotes. */
  'news report',
  /** A trade magazine or industry site writing for practitioners or businesses. */
  'trade press',
  /** A company's or consumer site's page (selling or describing a service), not evidence that it works. */
  'commercial website',
  /** A court's or tribunal's decision. */
  'legal decision',
  /** An insurer's or health plan's coverage policy. */
  'insurer policy',
  /** Experts' advice or consensus without a systematic search; weaker than a guideline. */
  'expert opinion',
  /** A clinical study whose design we have not seen (so we do not claim a design). */
  'clinical study',
  /** A trial's entry in a trial registry (what was planned or posted), not a published paper. */
  'trial record',
  /** A count or rating of what was published (posts, ads, web pages), not a study of people or a treatment. */
  'audit',
  /** A paper that describes a method or a tool (a decision aid, a scoring scale), not a test of a treatment. */
  'method paper',
  /** An accredited register that practitioners join by choice; not a regulator that the law sets up. */
  'voluntary register',
  /** Guidance released as a draft for comment, not a finished guideline. */
  'draft for comment',
  /** A copy of a page its publisher no longer shows, held by someone else; `source` names who holds it. */
  'archived copy',
  /** Experiments on cells or blood in the laboratory, not a test of a treatment on people. */
  'lab study',
] as const;

/** One source in content/references.yaml. */
const referenceSchema = z
  .strictObject({
    /** The people who wrote it, or the organization that published it when no person is named. */
    authors: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'is required: the authors, or the organization that published it'
            : 'must be text',
      })
      .trim()
      .min(1, 'is required: the authors, or the organization that published it'),
    title: z.string().trim().min(1, 'is required'),
    /** Journal, publisher or website. */
    source: z.string().trim().min(1, 'is required'),
    /** The year it was published. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** For an undated page only: the year we read it (shown as "undated, read 2026"); never a guessed year. */
    accessed: z.number().int().min(2020).max(2100).optional(),
    /** Volume, issue and pages, as printed. */
    details: z.string().trim().min(1).optional(),
    kind: z.enum(referenceKinds),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'must look like 10.1234/abc')
      .optional(),
    pmid: z
      .string()
      .regex(/^\d{5,9}$/, 'must be the digits of a PubMed id')
      .optional(),
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
    /**
     * Only when no stable public copy exists (never a home page or a document-sharing copy instead):
     * where the item was printed and why there is no link, shown to readers in place of a link.
     */
    noLink: z.string().trim().min(1).optional(),
  })
  .refine((entry) => entry.doi ?? entry.pmid ?? entry.url ?? entry.noLink, {
    error: 'needs a doi, pmid or url so readers can find the source',
  })
  .refine((entry) => !(entry.noLink && (entry.doi ?? entry.pmid ?? entry.url)), {
    path: ['noLink'],
    error: 'is only for an entry with no doi, pmid or url',
  })
  .superRefine((entry, ctx) => {
    if (entry.year === undefined && entry.accessed === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs a year (when it was published) or, for an undated page, accessed (the year we read it)',
      });
    } else if (entry.year !== undefined && entry.accessed !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['accessed'],
        message: 'is only for undated pages; this entry has a year',
      });
    }
  });

/** The whole registry: a map from a stable id (kebab-case) to its entry. */
export const registrySchema = z.record(z.string(), referenceSchema).superRefine((entries, ctx) => {
  for (const id of Object.keys(entries)) {
    if (!kebabCase.test(id)) {
      ctx.addIssue({ code: 'custom', path: [id], message: 'ids are lowercase words joined by hyphens' });
    }
  }
});

export type ReferenceEntry = z.output<typeof referenceSchema>;
