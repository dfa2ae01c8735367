import type { MdxProps } from '@/lib/content/component-props';
import { contactHref, type SiteContact } from '@/lib/site-contact';
import { site } from '@/lib/site';

// Both render nothing without a contact route: a link to nowhere, or "email us" with no address,
// would tell the reader something false.

export type ReportPageProblemProps = { path: string; contact: SiteContact | undefined };

/** The NHS "Report a problem with this page" line at the foot of an article. */
export function ReportPageProblem({ path, contact }: ReportPageProblemProps) {
  if (!contact) return null;
  return (
    // Hidden in print: a link on paper cannot be followed.
    <p className="report-problem print:hidden">
      Found a mistake?{' '}
      <a href={contactHref(contact, `Problem on ${path}`)} className="underline underline-offset-2">
        Report a problem with this page
      </a>
    </p>
  );
}

export type ReportProblemProps = MdxProps<'ReportProblem'> & {
  /** The route to show; articles give none, so it is the site's, and tests give their own. */
  contact?: SiteContact | undefined;
};

/**
 * How to tell us about a mistake anywhere on the site, as `<ReportProblem />` in MDX (the about
 * page), which takes no props and shows the configured route. The address is shown, not hidden
 * behind link text, so a reader without a mail app can copy it.
 */
export function ReportProblem({ contact = site.contact }: ReportProblemProps) {
  if (!contact) return null;
  return (
    <p className="report-problem">
      If you find a mistake on this site, please{' '}
      {contact.kind === 'email' ? (
        <>
          email us at <a href={contactHref(contact)}>{contact.address}</a>
        </>
      ) : (
        <>
          use our <a href={contactHref(contact)}>form to report a problem</a>
        </>
      )}
      . Tell us the page and what is wrong.
    </p>
  );
}
