import type { ReactNode } from 'react';
import type { CalloutType, MdxProps } from '@/lib/content/component-props';

const variants: Record<CalloutType, { label: string; icon: string; box: string }> = {
  important: {
    label: 'Important',
    icon: '!',
    box: 'border-important bg-important-tint',
  },
  help: {
    label: 'Get medical help',
    icon: '+',
    box: 'border-help bg-help-tint',
  },
  note: { label: 'Good to know', icon: 'i', box: 'border-note bg-note-tint' },
};

export type CalloutProps = MdxProps<'Callout'> & { children: ReactNode };

/**
 * A boxed message that must not be missed. The kind is written as a word for screen readers and
 * print, never carried by colour or the icon alone.
 */
export function Callout({ type, title, children }: CalloutProps) {
  // lib/content/component-props.ts has checked the type when the article was loaded.
  const variant = variants[type];
  return (
    <aside className={`callout my-6 rounded-md border-l-4 p-4 ${variant.box}`}>
      <p className="flex items-center gap-2 text-lg font-semibold">
        <span
          aria-hidden="true"
          className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border-2 border-current text-sm leading-none"
        >
          {variant.icon}
        </span>
        <span>
          <span className="sr-only">{variant.label}: </span>
          {title}
        </span>
      </p>
      <div className="mt-2 space-y-2 [&_a]:underline [&_li]:ml-5 [&_ul]:list-disc [&_ul]:space-y-1">{children}</div>
    </aside>
  );
}
