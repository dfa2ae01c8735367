import type { IndexLetter } from '@/lib/pages/site-index';

export type SiteIndexProps = { letters: readonly IndexLetter[] };

const kindLabels = { page: 'page', question: 'question', term: 'word' } as const;

/** The A to Z list of every page, FAQ question and glossary term: search without JavaScript. */
export function SiteIndex({ letters }: SiteIndexProps) {
  return (
    <section aria-labelledby="a-to-z" className="space-y-4">
      <h2 id="a-to-z" className="text-2xl font-bold">
        A to Z of this guide
      </h2>
      <nav aria-label="Letters">
        <ul role="list" className="flex flex-wrap gap-2 text-lg">
          {letters.map(({ letter }) => (
            <li key={letter}>
              <a href={`#letter-${letter}`} className="index-letter">
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map(({ letter, entries }) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h3 id={`letter-${letter}`} className="text-xl font-semibold">
            {letter}
          </h3>
          <ul role="list" className="mt-2 space-y-1 text-lg">
            {entries.map((entry) => (
              <li key={`${entry.kind}:${entry.href}`}>
                <a href={entry.href} className="underline">
                  {entry.label}
                </a>{' '}
                <span className="text-base text-muted">({kindLabels[entry.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
