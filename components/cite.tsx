import type { ReactNode } from 'react';
import type { MdxProps } from '@/lib/content/component-props';

/** Props of the citation marker; `number` is the source's position in this article's reference list. */
type CiteLinkProps = { id: string; number: number };

/** A numbered link from a claim to its source in the list at the end of the article. */
function CiteLink({ id, number }: CiteLinkProps) {
  return (
    <sup className="cite">
      <a href={`#ref-${id}`}>
        [<span className="sr-only">source </span>
        {number}]
      </a>
    </sup>
  );
}

/** The `Cite` component of one article: `<Cite id="…" />` in MDX and in the option grid. */
export type CiteComponent = (props: MdxProps<'Cite'>) => ReactNode;

/** Build the `Cite` used in MDX for one article, numbering ids by their first citation. */
export function citeFor(citations: readonly string[]): CiteComponent {
  return function Cite({ id }: MdxProps<'Cite'>) {
    const number = citations.indexOf(id) + 1;
    if (number === 0) throw new Error(`<Cite id="${id}">: not among this article's citations`);
    return <CiteLink id={id} number={number} />;
  };
}
