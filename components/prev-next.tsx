import type { NavLink } from '@/lib/navigation';

export type PrevNextProps = { prev?: NavLink; next?: NavLink };

/** Links to the previous and next articles in navigation order. */
export function PrevNext({ prev, next }: PrevNextProps) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="Previous and next pages" className="prev-next">
      <ul role="list" className="grid gap-4 sm:grid-cols-2">
        {prev && (
          <li>
            <a
              href={prev.href}
              rel="prev"
              className="block rounded-md border border-zinc-300 p-4 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
            >
              <span className="block text-base text-zinc-700 dark:text-zinc-300">Previous</span>
              <span className="font-semibold underline underline-offset-2">{prev.label}</span>
            </a>
          </li>
        )}
        {next && (
          <li className="sm:col-start-2">
            <a
              href={next.href}
              rel="next"
              className="block rounded-md border border-zinc-300 p-4 text-right hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900"
            >
              <span className="block text-base text-zinc-700 dark:text-zinc-300">Next</span>
              <span className="font-semibold underline underline-offset-2">{next.label}</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
