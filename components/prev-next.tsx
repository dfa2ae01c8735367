import type { NavLink } from '@/lib/pages/navigation';

export type PrevNextProps = { prev?: NavLink; next?: NavLink };

const directions = {
  prev: { word: 'Previous', item: '', align: '' },
  // Next stays in the right-hand column even when there is no previous page.
  next: { word: 'Next', item: 'sm:col-start-2', align: 'text-right' },
} as const;

function PrevNextLink({ link, rel }: { link: NavLink; rel: keyof typeof directions }) {
  const { word, item, align } = directions[rel];
  return (
    <li className={item}>
      <a href={link.href} rel={rel} className={`block rounded-md border border-line p-4 hover:bg-surface ${align}`}>
        <span className="block text-base text-muted">{word}</span>
        <span className="font-semibold underline underline-offset-2">{link.label}</span>
      </a>
    </li>
  );
}

/** Links to the previous and next articles in navigation order. */
export function PrevNext({ prev, next }: PrevNextProps) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="Previous and next pages" className="prev-next">
      <ul role="list" className="grid gap-4 sm:grid-cols-2">
        {prev && <PrevNextLink link={prev} rel="prev" />}
        {next && <PrevNextLink link={next} rel="next" />}
      </ul>
    </nav>
  );
}
