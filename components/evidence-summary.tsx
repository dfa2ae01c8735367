import { pageIds } from '@/lib/pages/page-ids';
import { evidenceLevelBars, evidenceLevelWords } from '@/lib/pages/evidence';
import type { EvidenceLevel } from '@/lib/content/schemas';

export type EvidenceSummaryProps = { level: EvidenceLevel; summary: string };

/** The "How sure are we?" box on each treatment article; the detail is on /evidence. */
export function EvidenceSummary({ level, summary }: EvidenceSummaryProps) {
  return (
    <section aria-labelledby={pageIds.howSure} className="rounded-md border-2 border-line-strong p-5">
      <h2 id={pageIds.howSure} className="text-xl font-semibold">
        How sure are we?
      </h2>
      <p className="mt-2 flex items-center gap-3 text-lg font-semibold">
        <span aria-hidden="true" className="flex gap-1">
          {[1, 2, 3].map((bar) => (
            <span
              key={bar}
              className={`h-4 w-3 rounded-sm border-2 border-current ${bar <= evidenceLevelBars[level] ? 'bg-current' : ''}`}
            />
          ))}
        </span>
        {evidenceLevelWords[level]}
      </p>
      <p className="mt-2">{summary}</p>
      <p className="mt-2">
        <a href="/evidence" className="underline underline-offset-2">
          See what the evidence says for each use
        </a>
      </p>
    </section>
  );
}
