import type { ReactNode } from 'react';
import type { MdxProps } from '@/lib/content/component-props';

export type ChecklistProps = MdxProps<'Checklist'> & { children: ReactNode };

/**
 * A list to tick off on paper (the consultation questions): the markdown list inside gets an empty
 * box before each item, and the whole list keeps together when printed.
 */
export function Checklist({ children }: ChecklistProps) {
  return (
    <div className="my-6 rounded-md border border-line-strong p-4 break-inside-avoid [&_li]:relative [&_li]:list-none [&_li]:pl-8 [&_li]:before:absolute [&_li]:before:left-0 [&_li]:before:top-1 [&_li]:before:h-5 [&_li]:before:w-5 [&_li]:before:border-2 [&_li]:before:border-current [&_li]:before:content-[''] [&_ul]:pl-0">
      {children}
    </div>
  );
}
