import type { ReactNode } from 'react';
import type { MdxProps } from '@/lib/content/component-props';

export type TimelineProps = MdxProps<'Timeline'> & { children: ReactNode };

/** Steps in time order as an ordered list: plain HTML, readable without CSS or JavaScript. */
export function Timeline({ children }: TimelineProps) {
  return (
    <ol role="list" className="not-prose my-6 space-y-0 border-l-4 border-link">
      {children}
    </ol>
  );
}

export type TimelineStepProps = MdxProps<'TimelineStep'> & { children: ReactNode };

/** One point in time: when it is, what happens, and the detail. */
export function TimelineStep({ when, title, children }: TimelineStepProps) {
  return (
    <li className="relative pb-6 pl-6 last:pb-0">
      <span
        aria-hidden="true"
        className="absolute -left-[11px] top-1.5 h-4 w-4 rounded-full border-4 border-page bg-link"
      />
      <h3 className="text-lg font-semibold">
        <span className="block text-base font-normal text-muted">{when}</span>
        {title}
      </h3>
      <div className="prose mt-1">{children}</div>
    </li>
  );
}
