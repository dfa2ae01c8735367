import { pageIds, refId } from '@/lib/pages/page-ids';
import type { Reference } from '@/lib/content/references';
import { ReferenceText } from './reference-text';

export type ReferenceListProps = { references: readonly Reference[] };

/** The numbered sources of one article, in citation order; each item is a citation target. */
export function ReferenceList({ references }: ReferenceListProps) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby={pageIds.sources} className="sources border-t border-line pt-6">
      <h2 id={pageIds.sources} className="text-xl font-semibold">
        Sources
      </h2>
      <ol className="source-list">
        {references.map((reference) => (
          <li key={reference.id} id={refId(reference.id)}>
            <ReferenceText reference={reference} />
          </li>
        ))}
      </ol>
    </section>
  );
}
