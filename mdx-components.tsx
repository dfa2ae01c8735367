import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
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
import type { ComponentName, MdxProps } from '@/lib/content/component-props';

/** The components whose output depends on the article; components/article-components.tsx binds them per page. */
export type BoundPerArticle = 'Cite' | 'OptionGrid' | 'ScarTypes';

/**
 * A component for each of these names from lib/content/component-props.ts, taking the props the
 * schema checks: a name missing here, or one the schema does not know, is a type error.
 */
export type ComponentsFor<Names extends ComponentName> = {
  [N in Names]: (props: MdxProps<N> & { children: ReactNode }) => ReactNode;
};

const sharedComponents = {
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
} satisfies ComponentsFor<Exclude<ComponentName, BoundPerArticle>>;

/** Elements and shared components available in every MDX article. */
export const mdxComponents = { h2: SectionHeading, ...sharedComponents } satisfies MDXComponents;

// Required by @next/mdx in the App Router; without it prerendering fails with a misleading error.
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...mdxComponents, ...components };
}
