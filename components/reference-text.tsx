import type { Reference } from '@/lib/references';

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
      {`${reference.authors.replace(/\.$/, '')}. `}
      <cite>{reference.title}</cite>. {`${where}.`} <span className="source-kind">({reference.kind})</span>{' '}
      {reference.href ? (
        <a href={reference.href} className="source-link" rel="noopener noreferrer">
          {reference.doi ? `doi:${reference.doi}` : reference.href}
        </a>
      ) : (
        <span className="source-link">No stable public link: {reference.noLink}</span>
      )}
    </>
  );
}
