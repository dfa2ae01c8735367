import fs from 'node:fs';
import { z } from 'zod';
import { displayPath, spanishStyleFile } from './paths';
import { kebabCase, kebabId } from './schemas';
import { containsPhrase } from './spanish-text';
import { ContentError, parseOrThrow, parseYaml } from './validation';

/** The rules lib/content/spanish-style-check.ts enforces; the style sheet describes each one under `rules`. */
export const styleRuleIds = [
  'avoid-variant',
  'calque',
  'english-leftover',
  'first-use',
  'quoted-name',
  'usted',
  'date-format',
  'decimal-point',
  'unit-spacing',
] as const;
export type StyleRuleId = (typeof styleRuleIds)[number];

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .trim()
  .min(1, 'is required');
const sourceIds = z.array(kebabId);

/** A map keyed by stable kebab-case ids, like the references registry. */
function idMap<T extends z.ZodType>(entry: T) {
  return z.record(z.string(), entry).superRefine((entries, ctx) => {
    for (const id of Object.keys(entries)) {
      if (!kebabCase.test(id)) ctx.addIssue({ code: 'custom', path: [id], message: 'ids are lowercase words joined by hyphens' });
    }
  });
}

const sourceSchema = z
  .strictObject({
    title: text,
    publisher: text,
    /** How close the source is to what US federal health pages write (see the file's header). */
    kind: z.enum(['federal', 'federal-copy', 'other']),
    /** The page as it was seen; plain http only where that is the address the copy has. */
    url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
    /** Where the research notes cite a source they give no full address for. */
    notes: text.optional(),
    /** What the page says that backs the choice: a reviewer can check it against the page. */
    shows: text,
  })
  .refine((source) => (source.url === undefined) !== (source.notes === undefined), {
    error: 'needs a url, or notes saying where the research notes cite it (one of the two)',
  });

const termSchema = z
  .strictObject({
    /** The English term as the English pages write it. */
    en: text,
    /** The one Spanish term to write. */
    es: text,
    /** Other Spanish forms the checker looks for (plural, feminine, a shortened form in a list). */
    forms: z.array(text).default([]),
    /** The English name written in brackets after the first use; never outside brackets. */
    bracket: text.optional(),
    /** The acronym written in brackets after the first use, and alone after that. */
    acronym: text.optional(),
    /** A marketing name, always inside « ». */
    quoted: z.literal(true).optional(),
    /** English spellings never written outside brackets; by default the English term, unless Spanish writes it too. */
    english: z.array(text).optional(),
    /** Variants never to write: why, and what to write instead when it is not the term itself ("la FDA"). */
    avoid: z.array(z.strictObject({ text, use: text.optional(), why: text })).default([]),
    sources: sourceIds,
    /** Why the sources are weak: required when none is a federal page or a copy of one. */
    thin: text.optional(),
    note: text.optional(),
  })
  .refine((term) => !(term.bracket && term.acronym), {
    path: ['acronym'],
    error: 'a term has a bracket (an English name) or an acronym, not both',
  });

type TermData = z.output<typeof termSchema>;

const wordPair = z.strictObject({ tu: text, usted: text });

/** When each sentence of the translation note is shown, and the facts it may name. */
const notePlaceholders = {
  always: ['englishLink', 'englishReviewed'],
  'machine-assisted': [],
  human: ['translatedBy'],
  checked: ['checkedBy'],
  debriefed: ['debriefed', 'readers'],
  'not-clinician-reviewed': [],
  contact: ['contact'],
} as const satisfies Record<string, readonly string[]>;
type NoteCondition = keyof typeof notePlaceholders;
const noteConditions = Object.keys(notePlaceholders) as [NoteCondition, ...NoteCondition[]];

/**
 * Sentences every page may need, so that the note can always say what the page translates, how
 * (by machine or by a person) and, until a clinician has reviewed it, that none has.
 */
const requiredConditions: readonly NoteCondition[] = ['always', 'machine-assisted', 'human', 'not-clinician-reviewed'];

/**
 * Claims of a review that no field of a page's data can prove (research notes §4.4). They are
 * refused here, in code, so that editing the style sheet cannot make the note claim them.
 */
const unprovenClaims = [
  'traducción profesional',
  'traducción certificada',
  'revisado por médicos',
  'revisada por médicos',
  'revisado por un médico',
  'revisada por un médico',
];

const translationNoteSchema = z
  .strictObject({
    title: text,
    /** The one-line link near the title (research notes §4.4). */
    linkText: text,
    /** The words of the link to the English page, {englishLink} in the sentences. */
    englishLinkText: text,
    sentences: z.array(z.strictObject({ when: z.enum(noteConditions), text })).min(1),
  })
  .superRefine((note, ctx) => {
    note.sentences.forEach((sentence, index) => {
      const allowed: readonly string[] = notePlaceholders[sentence.when];
      for (const [, name] of sentence.text.matchAll(/\{(\w+)\}/g)) {
        if (!allowed.includes(name!)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sentences', index, 'text'],
            message: `{${name}} is not a fact a "${sentence.when}" sentence can name (allowed: ${allowed.map((n) => `{${n}}`).join(', ') || 'none'})`,
          });
        }
      }
    });
    for (const when of requiredConditions) {
      if (!note.sentences.some((sentence) => sentence.when === when)) {
        ctx.addIssue({ code: 'custom', path: ['sentences'], message: `needs a sentence for "${when}"` });
      }
    }
    const fields: [PropertyKey[], string][] = [
      [['title'], note.title],
      [['linkText'], note.linkText],
      ...note.sentences.map((sentence, index): [PropertyKey[], string] => [['sentences', index, 'text'], sentence.text]),
    ];
    for (const [path, value] of fields) {
      for (const claim of unprovenClaims.filter((claim) => containsPhrase(value, claim))) {
        ctx.addIssue({ code: 'custom', path, message: `claims "${claim}", a review that no page's data can prove` });
      }
    }
  });

const styleSchema = z.strictObject({
  sources: idMap(sourceSchema),
  rules: z.record(z.enum(styleRuleIds), z.strictObject({ rule: text, good: text, bad: text, sources: sourceIds.default([]) })),
  units: z.array(text).min(1),
  usted: z.strictObject({
    /** tú forms with no other reading, flagged anywhere. */
    words: z.array(wordPair).min(1),
    /** tú imperatives that are also nouns: flagged only at a sentence start, before one of `before`. */
    imperatives: z.strictObject({ words: z.array(wordPair).min(1), before: z.array(text).min(1) }),
  }),
  calques: z.array(z.strictObject({ text, use: text, why: text, sources: sourceIds.min(1) })),
  terms: idMap(termSchema),
  translationNote: translationNoteSchema,
});

export type Term = TermData & { id: string; english: string[] };
export type SpanishStyle = Omit<z.output<typeof styleSchema>, 'terms'> & { terms: Term[] };

/** The Spanish spellings of a term: what its English spellings and variants must not collide with. */
const spanishOf = (term: TermData) => [term.es, ...term.forms, ...(term.acronym ? [term.acronym] : [])];

/**
 * The English spellings the checker keeps inside brackets: those given, or else the English term,
 * unless Spanish writes it too (melasma, placebo) or it is a listed variant already (HIV).
 */
function englishOf(term: TermData): string[] {
  if (term.english) return term.english;
  const spanish = spanishOf(term).some((form) => containsPhrase(form, term.en));
  const avoided = term.avoid.some((variant) => containsPhrase(variant.text, term.en));
  return spanish || avoided ? [] : [term.en];
}

/** Checks across entries: cited sources exist and every source is cited, thin sources say so, no term contradicts itself. */
function crossCheck(style: z.output<typeof styleSchema>, file: string): string[] {
  const problems: string[] = [];
  const cited = new Set<string>();
  const cites = (where: string, ids: readonly string[]) => {
    for (const id of ids) cited.add(id);
    for (const id of ids.filter((id) => !Object.hasOwn(style.sources, id))) {
      problems.push(`${file}: ${where}: no source "${id}" under sources`);
    }
  };
  for (const [id, rule] of Object.entries(style.rules)) cites(`rules.${id}.sources`, rule.sources);
  style.calques.forEach((calque, index) => cites(`calques.${index}.sources`, calque.sources));
  for (const [id, term] of Object.entries(style.terms)) {
    cites(`terms.${id}.sources`, term.sources);
    const close = term.sources.some((source) => style.sources[source]?.kind !== 'other');
    if (!close && !term.thin) {
      problems.push(`${file}: terms.${id}.thin: required: none of its sources is a federal page or a copy of one`);
    }
    const spanish = spanishOf(term);
    // A variant or English spelling found inside the Spanish term would flag the term itself.
    const clashes = (phrase: string) => spanish.find((form) => containsPhrase(form, phrase));
    term.avoid.forEach((variant, index) => {
      const form = clashes(variant.text);
      if (form) problems.push(`${file}: terms.${id}.avoid.${index}.text: "${variant.text}" would flag the Spanish "${form}"`);
    });
    (term.english ?? []).forEach((english, index) => {
      const form = clashes(english);
      if (form) problems.push(`${file}: terms.${id}.english.${index}: "${english}" would flag the Spanish "${form}"`);
    });
  }
  // A listed source backs a choice, or it does not belong in the list.
  for (const id of Object.keys(style.sources).filter((id) => !cited.has(id))) {
    problems.push(`${file}: sources.${id}: not cited by any term, calque or rule`);
  }
  return problems;
}

/** Parse and check the style sheet's YAML; problems throw a ContentError naming the file and the field. */
export function parseSpanishStyle(source: string, file: string): SpanishStyle {
  const data = parseYaml(source, file);
  const style = parseOrThrow(styleSchema, data, file);
  const problems = crossCheck(style, file);
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return {
    ...style,
    terms: Object.entries(style.terms).map(([id, term]) => ({ ...term, id, english: englishOf(term) })),
  };
}

let cached: SpanishStyle | undefined;

/** The Spanish edition's style sheet (content/es/style.yaml), read once per process. */
export function getSpanishStyle(): SpanishStyle {
  cached ??= parseSpanishStyle(fs.readFileSync(spanishStyleFile, 'utf8'), displayPath(spanishStyleFile));
  return cached;
}
