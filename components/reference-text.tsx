import type { Reference } from '@/lib/content/references';
import { printedAuthors } from '@/lib/pages/format';

export type ReferenceTextProps = { reference: Reference };

/**
 * One source written out: authors, title, where and when, and a link to find it. Authors and
 * "where" are plain text: nothing styles them, and /references repeats them for every source.
 */
export function ReferenceText({ reference }: ReferenceTextProps) {
  // An undated page shows the year we read it, so no reader takes it for a publication year.
  const when = reference.year ?? (reference.accessed ? `undated, read ${reference.accessed}` : undefined);
  const where = [reference.source, when, reference.details].filter(Boolean).join(', ');
  return (
    <>
      {`${printedAuthors(reference.authors)}. `}
      <cite>{reference.title}</cite>. {`${where}.`} <span className="source-kind">({reference.kind})</span>{' '}
      {reference.href ? (
        // No rel="noreferrer": the Referrer-Policy header already sends other sites our origin only.
        <a href={reference.href}>{reference.doi ? `doi:${reference.doi}` : reference.href}</a>
      ) : (
        <>No stable public link: {reference.noLink}</>
      )}
    </>
  );
}
