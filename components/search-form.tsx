export type SearchFormProps = { id: string; label: string; compact?: boolean };

/** A plain GET form to /search, so it works without JavaScript from any page. */
export function SearchForm({ id, label, compact = false }: SearchFormProps) {
  return (
    <form role="search" action="/search" method="get" aria-label={label} className="search-form">
      <label htmlFor={id} className={compact ? 'sr-only' : 'block text-lg font-semibold'}>
        {label}
      </label>
      <span className="search-row">
        <input id={id} type="search" name="q" autoComplete="off" enterKeyHint="search" />
        <button type="submit">Search</button>
      </span>
    </form>
  );
}
