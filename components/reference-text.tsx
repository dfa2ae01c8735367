import type { Reference } from '@/lib/references';

/** One source written out: authors, title, where and when, and a link to find it. */
export function ReferenceText({ reference }: { reference: Reference }) {
  const where = [reference.source, reference.year, reference.details].filter(Boolean).join(', ');
  return (
    <>
      {reference.authors && <span className="source-authors">{reference.authors}. </span>}
      <cite>{reference.title}</cite>. <span className="source-where">{where}.</span>{' '}
      <span className="source-kind">({reference.kind})</span>{' '}
      <a href={reference.href} className="source-link" rel="noopener noreferrer">
        {reference.doi ? `doi:${reference.doi}` : reference.href}
      </a>
    </>
  );
}
