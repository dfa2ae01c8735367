import type { ReactNode } from 'react';
import type { MdxProps } from '@/lib/content/component-props';
import { refId } from '@/lib/pages/page-ids';

/** Props of the citation marker; `number` is the source's position in this article's reference list. */
type CiteLinkProps = { id: string; number: number };

/**
 * A numbered link from a claim to its source in the list at the end of the article. Search skips
 * the marker: "[source 1]" in a result's excerpt would be noise with no link to follow.
 */
function CiteLink({ id, number }: CiteLinkProps) {
  return (
    <sup className="cite" data-pagefind-ignore="">
      <a href={`#${refId(id)}`}>
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
    // An assertion, not a content check: the loader lists the citations from this same body and
    // option grid and rejects unknown ids, so a miss here means lib/ and the renderer disagree.
    if (number === 0) {
      throw new Error(`Bug: <Cite id="${id}"> renders, but lib/content found no such citation in this article`);
    }
    return <CiteLink id={id} number={number} />;
  };
}
