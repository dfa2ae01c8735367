import type { ReactNode } from 'react';
import type { MdxProps } from '@/lib/content/component-props';
import { faqOpenerScript } from '@/lib/pages/inline-code.mjs';

export type FaqAccordionProps = MdxProps<'FaqAccordion'> & { children: ReactNode };

/** A list of questions; each answer opens natively, so it works without JavaScript. */
export function FaqAccordion({ children }: FaqAccordionProps) {
  return <div className="faq my-6 divide-y divide-line rounded-md border border-line">{children}</div>;
}

export type FaqItemProps = MdxProps<'FaqItem'> & { children: ReactNode };

/**
 * One question. The id is a published anchor: `/faq#<id>` opens this answer. The id sits on the
 * answer, inside the <details>, because browsers open a closed <details> that holds the fragment's
 * target; the scroll margin keeps the question in view above it.
 */
export function FaqItem({ id, question, children }: FaqItemProps) {
  return (
    <details>
      <summary>
        {question}
        <span aria-hidden="true">+</span>
      </summary>
      <div id={id} className="faq-answer prose">
        {children}
      </div>
    </details>
  );
}

/** The fragment opener for Safari (lib/pages/inline-code.mjs says why it is inline). */
export function FaqFragmentOpener() {
  return <script dangerouslySetInnerHTML={{ __html: faqOpenerScript }} />;
}
