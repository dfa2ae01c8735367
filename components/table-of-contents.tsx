import { pageIds } from '@/lib/pages/page-ids';
import type { Heading } from '@/lib/content/article-source';

export type TableOfContentsProps = { sections: readonly Heading[] };

/** "On this page": links to the article's h2 sections, derived from its headings. */
export function TableOfContents({ sections }: TableOfContentsProps) {
  if (sections.length < 2) return null;
  return (
    <nav aria-labelledby={pageIds.onThisPage} className="toc border-l-4 border-line pl-4">
      <h2 id={pageIds.onThisPage} className="text-base font-semibold">
        On this page
      </h2>
      <ul role="list" className="mt-2 space-y-1">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
