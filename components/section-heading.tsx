import type { ComponentPropsWithoutRef } from 'react';

/**
 * An h2 from MDX with a visible "#" link to itself, so a reader or a clinic can copy the link to
 * one section. The id comes from rehype-slug and is a published anchor.
 */
export function SectionHeading({ id, children, ...props }: ComponentPropsWithoutRef<'h2'>) {
  return (
    <h2 id={id} {...props}>
      {children}
      {id && (
        <a href={`#${id}`} className="heading-anchor">
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to this section</span>
        </a>
      )}
    </h2>
  );
}
