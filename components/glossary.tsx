import type { ReactNode } from 'react';
import type { MdxProps } from '@/lib/content/component-props';

export type GlossaryProps = MdxProps<'Glossary'> & { children: ReactNode };

/** The glossary: a description list of terms, each with its own anchor. */
export function Glossary({ children }: GlossaryProps) {
  return <dl className="my-6 space-y-4">{children}</dl>;
}

export type GlossaryTermProps = MdxProps<'GlossaryTerm'> & { children: ReactNode };

/** One term. Its id is a published anchor: articles link a term's first use to /glossary#id. */
export function GlossaryTerm({ id, term, children }: GlossaryTermProps) {
  return (
    <div id={id} className="scroll-mt-4 rounded-md border border-line p-4">
      <dt className="text-lg font-semibold">{term}</dt>
      <dd className="mt-1 [&_a]:underline [&_p]:mt-1">{children}</dd>
    </div>
  );
}
