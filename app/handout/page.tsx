import type { Metadata } from 'next';
import { evidenceLevelWords } from '@/lib/pages/evidence';
import { formatDate } from '@/lib/pages/format';
import { getHandout } from '@/lib/pages/handout';
import { FACTS_LAST_CHECKED } from '@/lib/pages/labels';
import { pageMetadata } from '@/lib/pages/metadata';
import { sitePages } from '@/lib/pages/site-pages';

const { path, title, description } = sitePages.handout;

export const metadata: Metadata = pageMetadata({ title, description, path });

/** One titled bullet list of the handout, kept together on the printed page. */
function HandoutList({ id, title, items }: { id: string; title: string; items: readonly string[] }) {
  return (
    <section aria-labelledby={id} className="break-inside-avoid">
      <h2 id={id} className="text-2xl font-bold print:text-[13pt]">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export default async function HandoutPage() {
  const handout = await getHandout();
  return (
    <article className="space-y-6 text-lg print:space-y-3 print:text-[10.5pt] print:leading-snug">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold print:text-[18pt]">{title}</h1>
        <p className="text-muted print:text-black">
          Print this page and take it with you. It sums up our guide. Each topic has a full page with its sources.
        </p>
      </header>

      <HandoutList id="what-it-is" title="What it is" items={handout.whatItIs} />

      <section aria-labelledby="evidence">
        <h2 id="evidence" className="text-2xl font-bold print:text-[13pt]">
          What the evidence says
        </h2>
        <table className="mt-2 w-full border-collapse text-base hyphens-auto [overflow-wrap:anywhere] print:text-[9.5pt]">
          <thead>
            <tr className="border-b-2 border-zinc-500 text-left">
              <th scope="col" className="py-1 pr-3">
                Concern
              </th>
              <th scope="col" className="py-1 pr-3">
                How sure we are
              </th>
              <th scope="col" className="py-1">
                In brief
              </th>
            </tr>
          </thead>
          <tbody>
            {handout.evidence.map((row) => (
              <tr key={row.href} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-3 text-left font-semibold">
                  {row.concern}
                </th>
                <td className="py-1 pr-3">{evidenceLevelWords[row.level]}</td>
                <td className="py-1">{row.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <HandoutList id="main-risks" title="The main risks" items={handout.risks} />
      <HandoutList id="who-should-not" title="Who should not have it, or should wait" items={handout.whoShouldNot} />

      <section aria-labelledby="questions" className="break-inside-avoid">
        <h2 id="questions" className="text-2xl font-bold print:text-[13pt]">
          Questions to ask at your consultation
        </h2>
        <ul role="list" className="mt-2 space-y-1">
          {handout.questions.map((question) => (
            <li key={question} className="flex gap-2">
              <span aria-hidden="true" className="mt-1 inline-block h-4 w-4 shrink-0 border-2 border-current" />
              {question}
            </li>
          ))}
        </ul>
      </section>

      <footer className="flex items-center gap-4 border-t border-line pt-3 text-base break-inside-avoid">
        <div
          role="img"
          aria-label={`QR code for ${handout.siteUrl}`}
          className="h-24 w-24 shrink-0 bg-white p-1 text-black [&_svg]:h-full [&_svg]:w-full"
          dangerouslySetInnerHTML={{ __html: handout.qrSvg }}
        />
        <p>
          Read the full guide, with every source, at <strong className="break-all">{handout.siteUrl}</strong>. Not
          medical advice. {FACTS_LAST_CHECKED}{' '}
          <time dateTime={handout.lastReviewed}>{formatDate(handout.lastReviewed)}</time>.
        </p>
      </footer>
    </article>
  );
}
