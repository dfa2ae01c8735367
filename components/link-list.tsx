import type { NavLink } from '@/lib/pages/navigation';

export type LinkListProps = { links: readonly NavLink[]; className?: string };

/** A plain list of links: the header's topics, each footer group, the footer's other pages. */
export function LinkList({ links, className }: LinkListProps) {
  return (
    <ul role="list" className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{link.label}</a>
        </li>
      ))}
    </ul>
  );
}
