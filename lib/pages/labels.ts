// Words that more than one part of the site shows, or that the tests must find: written once.

/** The screen-reader name of the "#" link after a section heading: which section it links to. */
export const sectionLinkLabel = (sectionTitle: string) => `Link to section: ${sectionTitle}`;

/**
 * How every page, the handout and the embed card introduce the review date. The date says when the
 * facts were checked against their sources, which "last reviewed" leaves vague.
 */
export const FACTS_LAST_CHECKED = 'Facts last checked';
