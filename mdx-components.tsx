import type { MDXComponents } from 'mdx/types';
import { Callout } from '@/components/callout';
import { Checklist } from '@/components/checklist';
import { PrpPreparationDiagram } from '@/components/diagrams/prp-preparation';
import { ScarTypeDiagram, ScarTypesDiagram } from '@/components/diagrams/scar-types';
import { SkinLayersDiagram } from '@/components/diagrams/skin-layers';
import { TreatmentTimelineDiagram } from '@/components/diagrams/treatment-timeline';
import { FaqAccordion, FaqItem } from '@/components/faq';
import { Glossary, GlossaryTerm } from '@/components/glossary';
import { ReportProblem } from '@/components/report-problem';
import { SectionHeading } from '@/components/section-heading';
import { Timeline, TimelineStep } from '@/components/timeline';
import { Tip, TipsList } from '@/components/tips';

/** Elements and shared components available in every MDX article. `Cite` is bound per article. */
export const mdxComponents = {
  h2: SectionHeading,
  Callout,
  FaqAccordion,
  FaqItem,
  TipsList,
  Tip,
  Timeline,
  TimelineStep,
  Checklist,
  Glossary,
  GlossaryTerm,
  SkinLayersDiagram,
  PrpPreparationDiagram,
  ScarTypesDiagram,
  ScarTypeDiagram,
  TreatmentTimelineDiagram,
  ReportProblem,
} satisfies MDXComponents;

// Required by @next/mdx in the App Router; without it prerendering fails with a misleading error.
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...mdxComponents, ...components };
}
