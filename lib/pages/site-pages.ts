/** A page that is not an article: its address, heading and description live here, once. */
export type SitePageInfo = { path: string; title: string; navTitle: string; description: string };

/** The pages built from the registry and the articles rather than from an MDX file of their own. */
export const sitePages = {
  references: {
    path: '/references',
    title: 'All sources this guide uses',
    navTitle: 'Sources',
    description:
      'Every study, review and official page this guide cites, with a link to find it and the pages that cite it.',
  },
  forClinics: {
    path: '/for-clinics',
    title: 'For clinics: link to this guide',
    navTitle: 'For clinics',
    description:
      'Permanent links to every page and section of this guide, an embeddable summary card and feeds, for clinics to share with patients.',
  },
  handout: {
    path: '/handout',
    title: 'Consultation handout: microneedling with PRP',
    navTitle: 'Handout',
    description:
      'A two-page summary to print and take to your consultation: what it is, what the evidence says, the risks and the questions to ask.',
  },
  search: {
    path: '/search',
    title: 'Search this guide',
    navTitle: 'Search and A to Z',
    description:
      'Search every page of this guide, or browse an A to Z list of all pages, common questions and words we explain.',
  },
} as const satisfies Record<string, SitePageInfo>;
