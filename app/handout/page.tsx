import type { Metadata } from 'next';
import { evidenceLevelWords } from '@/components/evidence-summary';
import { formatDate } from '@/components/review-dates';
import { getHandout } from '@/lib/handout';
import { pageMetadata } from '@/lib/metadata';

const title = 'Consultation handout: microneedling with PRP';
const description =
  'A two-page summary to print and take to your consultation: what it is, what the evidence says, the risks and the questions to ask.';

export const metadata: Metadata = pageMetadata({ title, description, path: '/handout' });

export default async function HandoutPage() {
  const handout = await getHandout();
  return (
    <article className="handout space-y-6 text-lg print:space-y-3 print:text-[10.5pt] print:leading-snug">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold print:text-[18pt]">{title}</h1>
        <p className="text-zinc-700 dark:text-zinc-300 print:text-black">
          Print this page and take it with you. It sums up our guide. Each topic has a full page with its sources.
        </p>
      </header>

      <section aria-labelledby="what-it-is">
        <h2 id="what-it-is" className="text-2xl font-bold print:text-[13pt]">
          What it is
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {handout.whatItIs.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="evidence">
        <h2 id="evidence" className="text-2xl font-bold print:text-[13pt]">
          What the evidence says
        </h2>
        <table className="mt-2 w-full border-collapse text-base print:text-[9.5pt]">
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
              <tr key={row.href} className="border-b border-zinc-300 align-top dark:border-zinc-700">
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

      <section aria-labelledby="main-risks" className="break-inside-avoid">
        <h2 id="main-risks" className="text-2xl font-bold print:text-[13pt]">
          The main risks
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {handout.risks.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="who-should-not" className="break-inside-avoid">
        <h2 id="who-should-not" className="text-2xl font-bold print:text-[13pt]">
          Who should not have it, or should wait
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {handout.whoShouldNot.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

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

      <footer className="flex items-center gap-4 border-t border-zinc-300 pt-3 text-base dark:border-zinc-700 break-inside-avoid">
        <div
          role="img"
          aria-label={`QR code for ${handout.siteUrl}`}
          className="h-24 w-24 shrink-0 bg-white p-1 text-black [&_svg]:h-full [&_svg]:w-full"
          dangerouslySetInnerHTML={{ __html: handout.qrSvg }}
        />
        <p>
          Read the full guide, with every source, at <strong className="break-all">{handout.siteUrl}</strong>. Not
          medical advice. Last reviewed <time dateTime={handout.lastReviewed}>{formatDate(handout.lastReviewed)}</time>.
        </p>
      </footer>
    </article>
  );
}
