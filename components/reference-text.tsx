import type { Reference } from '@/lib/references';

export type ReferenceTextProps = { reference: Reference };

/**
 * One source written out: authors, title, where and when, and a link to find it. Authors and
 * "where" are plain text: nothing styles them, and /references repeats them 97 times.
 */
export function ReferenceText({ reference }: ReferenceTextProps) {
  const where = [reference.source, reference.year, reference.details].filter(Boolean).join(', ');
  return (
    <>
      {reference.authors && `${reference.authors}. `}
      <cite>{reference.title}</cite>. {`${where}.`} <span className="source-kind">({reference.kind})</span>{' '}
      <a href={reference.href} className="source-link" rel="noopener noreferrer">
        {reference.doi ? `doi:${reference.doi}` : reference.href}
      </a>
    </>
  );
}
