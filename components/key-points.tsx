import { pageIds } from '@/lib/pages/page-ids';
export type KeyPointsProps = { points: readonly string[] };

/** The "In short" box: the page's takeaways, first thing after the title. */
export function KeyPoints({ points }: KeyPointsProps) {
  return (
    <section aria-labelledby={pageIds.inShort} className="key-points rounded-md bg-tint p-5">
      <h2 id={pageIds.inShort} className="text-xl font-semibold">
        In short
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
