import type { Reference } from '@/lib/references';

/** One source written out: authors, title, where and when, and a link to find it. */
export function ReferenceText({ reference }: { reference: Reference }) {
  const where = [reference.source, reference.year, reference.details].filter(Boolean).join(', ');
  return (
    <>
      {reference.authors ? `${reference.authors}. ` : ''}
      <cite className="not-italic">{reference.title}</cite>. {where}.{' '}
      <span className="text-zinc-700 dark:text-zinc-300">({reference.kind})</span>{' '}
      <a href={reference.href} className="break-all underline" rel="noopener noreferrer">
        {reference.doi ? `doi:${reference.doi}` : reference.href}
      </a>
    </>
  );
}
