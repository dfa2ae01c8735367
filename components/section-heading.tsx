import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { sectionLinkLabel } from '@/lib/pages/labels';

/** The words of a heading's content, as a screen reader reads them from its text. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return Children.toArray(node).map(textOf).join('');
}

/**
 * An h2 from MDX with a visible "#" link to it, so a reader or a clinic can copy the link to one
 * section. The id comes from rehype-slug and is a published anchor. The link sits after the
 * heading, not inside it, so the heading's accessible name stays its own words, and search
 * (Pagefind) skips the link, so its label never shows in a result.
 */
export function SectionHeading({ id, children, ...props }: ComponentPropsWithoutRef<'h2'>) {
  const heading = (
    <h2 id={id} {...props}>
      {children}
    </h2>
  );
  if (!id) return heading;
  return (
    <div className="section-heading">
      {heading}
      <a href={`#${id}`} className="section-link" data-pagefind-ignore="">
        <span aria-hidden="true">#</span>
        <span className="sr-only">{sectionLinkLabel(textOf(children))}</span>
      </a>
    </div>
  );
}
