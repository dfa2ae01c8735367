export type ArticleCardProps = { href: string; title: string; description: string };

/** A home-page card: the whole card is one link, named by the article's title. */
export function ArticleCard({ href, title, description }: ArticleCardProps) {
  return (
    <a href={href} className="card">
      <span>{title}</span>
      <span>{description}</span>
    </a>
  );
}
