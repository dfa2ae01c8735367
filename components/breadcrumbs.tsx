import type { NavLink } from '@/lib/pages/navigation';

export type BreadcrumbsProps = { items: readonly NavLink[] };

/** Where this page sits; the last item is the current page and is not a link. */
export function Breadcrumbs({ items }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs text-base">
      <ol role="list" className="flex flex-wrap items-center gap-x-2">
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-x-2">
              {index > 0 && <span aria-hidden="true">›</span>}
              {current ? (
                <span aria-current="page">{item.label}</span>
              ) : (
                <a href={item.href} className="underline underline-offset-2">
                  {item.label}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
