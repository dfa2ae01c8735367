export type ArticleCardProps = { href: string; title: string; description: string };

/** A home-page card: the whole card is one link, named by the article's title. */
export function ArticleCard({ href, title, description }: ArticleCardProps) {
  return (
    <a
      href={href}
      className="block h-full rounded-md border border-zinc-300 p-4 no-underline hover:border-sky-800 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:border-sky-300 dark:hover:bg-zinc-900"
    >
      <span className="block text-lg font-semibold text-sky-900 underline underline-offset-2 dark:text-sky-200">
        {title}
      </span>
      <span className="mt-1 block text-base text-zinc-700 dark:text-zinc-300">{description}</span>
    </a>
  );
}
