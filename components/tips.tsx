import type { ReactNode } from 'react';
import type { MdxProps } from '@/lib/content/component-props';

export type TipsListProps = MdxProps<'TipsList'> & { children: ReactNode };

/**
 * Numbered tips in an <ol>, so screen readers announce the count; the visible numbers are a CSS
 * counter (tip), styled to match the titles, and print with the page.
 */
export function TipsList({ children }: TipsListProps) {
  return (
    <ol role="list" className="not-prose my-6 space-y-4 [counter-reset:tip]">
      {children}
    </ol>
  );
}

export type TipProps = MdxProps<'Tip'> & { children: ReactNode };

/** One tip: a short instruction as its title, and why it matters as its body. */
export function Tip({ title, children }: TipProps) {
  return (
    <li className="rounded-md border border-line p-4 [counter-increment:tip]">
      <h3 className="flex gap-3 text-lg font-semibold before:content-[counter(tip)_'.'] before:text-link">{title}</h3>
      <div className="prose mt-2">{children}</div>
    </li>
  );
}
