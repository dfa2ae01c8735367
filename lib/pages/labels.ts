// Words that more than one part of the site shows, or that the tests must find: written once.

/** The screen-reader name of the "#" link after a section heading: which section it links to. */
export const sectionLinkLabel = (sectionTitle: string) => `Link to section: ${sectionTitle}`;
