export type CopyFieldProps = { label: string; value: string; multiline?: boolean };

/**
 * A label and a value to copy: a click selects the whole value (CSS `user-select: all`), so it
 * works without JavaScript; keyboard users can select it with the usual text selection keys.
 */
export function CopyField({ label, value, multiline = false }: CopyFieldProps) {
  return (
    <div className="copy-field">
      <span className="block text-base font-semibold">{label}</span>
      <code
        className={`mt-1 block select-all rounded border border-line-strong bg-well px-3 py-2 font-mono text-base text-ink ${multiline ? 'whitespace-pre-wrap break-all' : 'break-all'}`}
      >
        {value}
      </code>
    </div>
  );
}
