import { z } from 'zod';
import { kebabId as id } from './schemas';

/** The kinds of callout an article may use; components/callout.tsx gives each its label and look. */
const calloutTypes = ['important', 'help', 'note'] as const;
export type CalloutType = (typeof calloutTypes)[number];

/** The acne-scar types components/diagrams/scar-types.tsx can draw (Jacob and colleagues, 2001). */
export const scarTypes = ['ice-pick', 'boxcar', 'rolling'] as const;
export type ScarType = (typeof scarTypes)[number];

const required = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text in quotes') })
  .trim()
  .min(1, 'is required');
const none = z.strictObject({});

/**
 * The props each MDX component takes, checked when an article is loaded, so a misused component
 * fails the build naming the file and line instead of rendering something wrong. Unknown props
 * and components are errors.
 */
export const componentProps = {
  Cite: z.strictObject({ id }),
  Callout: z.strictObject({
    type: z.enum(calloutTypes, { error: `must be one of ${calloutTypes.join(', ')}` }),
    title: required,
  }),
  FaqAccordion: none,
  FaqItem: z.strictObject({ id, question: required }),
  TipsList: none,
  Tip: z.strictObject({ title: required }),
  Timeline: none,
  TimelineStep: z.strictObject({ when: required, title: required }),
  Checklist: none,
  Glossary: none,
  GlossaryTerm: z.strictObject({ id, term: required }),
  // Show content/acne-scar-grid.yaml; lib/content/option-grid.ts checks that file.
  OptionGrid: none,
  ScarTypes: none,
  SkinLayersDiagram: none,
  PrpPreparationDiagram: none,
  ScarTypesDiagram: none,
  ScarTypeDiagram: z.strictObject({
    type: z.enum(scarTypes, { error: `must be one of ${scarTypes.join(', ')}` }),
  }),
  TreatmentTimelineDiagram: none,
  // Shows the route from SITE_CONTACT (lib/site-contact.ts), or nothing when there is none.
  ReportProblem: none,
} as const;

/** The components an article may use, by the name it writes: `<Callout …>`. */
export type ComponentName = keyof typeof componentProps;

/** An object type without its index signature: zod reads a schema with no props as `Record<string, never>`. */
type KnownKeys<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

/**
 * The props an article gives component N, as its schema checked them. Components type their props
 * from this (adding `children` where they wrap content), so the schema is the one place a prop is
 * written down: a prop a component reads but the schema does not allow is a type error.
 */
export type MdxProps<N extends ComponentName> = KnownKeys<z.output<(typeof componentProps)[N]>>;
