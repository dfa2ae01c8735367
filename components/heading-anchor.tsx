import type { ComponentPropsWithoutRef } from 'react';

/**
 * An h2 from MDX with a visible "#" link to itself, so a reader or a clinic can copy the link to
 * one section. The id comes from rehype-slug and is a published anchor.
 */
export function SectionHeading({ id, children, ...props }: ComponentPropsWithoutRef<'h2'>) {
  return (
    <h2 id={id} className="group scroll-mt-4" {...props}>
      {children}
      {id && (
        <a
          href={`#${id}`}
          className="heading-anchor ml-2 text-zinc-500 no-underline opacity-70 group-hover:opacity-100 focus:opacity-100 dark:text-zinc-400"
        >
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to this section</span>
        </a>
      )}
    </h2>
  );
}
