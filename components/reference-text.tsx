import type { Reference } from '@/lib/references';

/** One source written out: authors, title, where and when, and a link to find it. */
export function ReferenceText({ reference }: { reference: Reference }) {
  const where = [reference.source, reference.year, reference.details].filter(Boolean).join(', ');
  return (
    <>
      {reference.authors ? `${reference.authors}. ` : ''}
      <cite>{reference.title}</cite>. {where}. <span className="source-kind">({reference.kind})</span>{' '}
      <a href={reference.href} className="source-link" rel="noopener noreferrer">
        {reference.doi ? `doi:${reference.doi}` : reference.href}
      </a>
    </>
  );
}
