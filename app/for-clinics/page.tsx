import type { Metadata } from 'next';
import { CopyField } from '@/components/copy-field';
import { SitePage } from '@/components/site-page';
import { HOME_SLUG, getArticleSlugs, getArticles } from '@/lib/content/articles';
import { clinicLinks, embedSnippet } from '@/lib/publish/clinic-kit';
import { pageMetadata } from '@/lib/pages/metadata';
import { sitePages } from '@/lib/pages/site-pages';
import { absoluteUrl } from '@/lib/site';
import { buildBreadcrumbs } from '@/lib/pages/navigation';

const page = sitePages.forClinics;

export const metadata: Metadata = pageMetadata(page);

export default function ForClinicsPage() {
  const links = clinicLinks(getArticles());
  const example = links.find((link) => link.slug === 'scars') ?? links[1]!;
  const snippet = embedSnippet(example);
  return (
    <SitePage page={page} breadcrumbs={buildBreadcrumbs({ href: page.path, navTitle: page.navTitle })}>
      <section aria-labelledby="how-to-link" className="space-y-3 text-lg">
        <h2 id="how-to-link" className="text-2xl font-bold">
          How to link to us
        </h2>
        <p>
          You are welcome to link to any page of this guide from your website, emails or leaflets. You do not need to
          ask. Our addresses do not change: if we ever rename a page, the old address will still work and send readers
          to the new one. Section links (the part after the # sign) stay working too.
        </p>
        <p>
          Each address below is in a box you can select and copy. The guide is independent. It takes no money from
          clinics and does not list or rate clinics.
        </p>
      </section>
      <section aria-labelledby="embed" className="space-y-3 text-lg">
        <h2 id="embed" className="text-2xl font-bold">
          Show a summary card on your site
        </h2>
        <p>
          Every page has a small card with its key points and a link to the full page. Paste this code into your page to
          show the card for one topic. Each card has its own code below, with a height that fits it. The card loads no
          scripts and sets no cookies.
        </p>
        <CopyField label="Code for the acne scars card" value={snippet} multiline />
        {/* A live frame is a second page to load and lay out (it added 33 ms of TBT to this page).
            Inside a closed <details> the lazy frame has no box, so it loads only when opened. */}
        <details className="rounded-md border border-line p-3">
          <summary className="cursor-pointer font-semibold">See how the card looks</summary>
          <iframe
            src={`/embed/${example.slug}`}
            title={`Preview of the summary card: ${example.title}`}
            height={example.embedHeight}
            className="mt-3 block w-full max-w-xl rounded-lg border border-line"
            loading="lazy"
          />
        </details>
      </section>
      <section aria-labelledby="feeds" className="space-y-3 text-lg">
        <h2 id="feeds" className="text-2xl font-bold">
          Feeds: see what changed
        </h2>
        <p>
          Our feeds list every page with the date we last checked it against its sources. Your website or feed reader
          can use them to show when a page was updated.
        </p>
        <CopyField label="JSON Feed" value={absoluteUrl('/feed.json')} />
        <CopyField label="Atom feed" value={absoluteUrl('/feed.xml')} />
      </section>
      <section aria-labelledby="all-links" className="space-y-6">
        <h2 id="all-links" className="text-2xl font-bold">
          Every page and section
        </h2>
        {links.map((link) => (
          <section key={link.url} aria-labelledby={`links-${link.slug}`} className="space-y-2">
            <h3 id={`links-${link.slug}`} className="text-xl font-semibold">
              {link.title}
            </h3>
            <CopyField label="Page" value={link.url} />
            {link.slug !== HOME_SLUG && <CopyField label="Summary card code" value={embedSnippet(link)} multiline />}
            {link.anchors.length > 0 && (
              <details className="rounded-md border border-line p-3">
                <summary className="cursor-pointer font-semibold">
                  {link.anchors.length} section links on this page
                </summary>
                <ul role="list" className="mt-3 space-y-3">
                  {link.anchors.map((anchor) => (
                    <li key={anchor.url}>
                      <CopyField label={anchor.label} value={anchor.url} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        ))}
        <p className="text-base text-muted">{getArticleSlugs().length} topic pages and the home page.</p>
      </section>
    </SitePage>
  );
}
