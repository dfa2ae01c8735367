import type { Reference } from '@/lib/references';

/** One source written out: authors, title, where and when, and a link to find it. */
export function ReferenceText({ reference }: { reference: Reference }) {
  // An undated page shows the year we read it, so no reader takes it for a publication year.
  const when = reference.year ?? (reference.accessed ? `undated, read ${reference.accessed}` : undefined);
  const where = [reference.source, when, reference.details].filter(Boolean).join(', ');
  return (
    <>
      <span className="source-authors">{reference.authors.replace(/\.$/, '')}. </span>
      <cite>{reference.title}</cite>. <span className="source-where">{where}.</span>{' '}
      <span className="source-kind">({reference.kind})</span>{' '}
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
