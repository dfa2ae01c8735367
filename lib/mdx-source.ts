import GithubSlugger from 'github-slugger';

/** A heading in an article body, with the id rehype-slug gives it. */
export type Heading = { depth: number; text: string; id: string };

const FENCE = /^\s*(```|~~~)/;

/** Lines of an MDX body outside fenced code blocks. */
function proseLines(body: string): string[] {
  let inFence = false;
  return body.split('\n').filter((line) => {
    if (FENCE.test(line)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** Markdown inline syntax reduced to the text a reader sees, as hast-util-to-string would. */
function inlineText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/**
 * Headings in document order with the ids rehype-slug will give them: one slugger over every
 * heading, so repeated headings get the same -1, -2 suffixes as in the rendered page.
 */
export function extractHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const line of proseLines(body)) {
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = inlineText(match[2] ?? '');
    headings.push({ depth: match[1]!.length, text, id: slugger.slug(text) });
  }
  return headings;
}

/** Every `<Cite id="…" />` in the body, in order; malformed tags are reported, not skipped. */
export function extractCitations(body: string): { ids: string[]; malformed: string[] } {
  const ids: string[] = [];
  const malformed: string[] = [];
  for (const line of proseLines(body)) {
    for (const tag of line.match(/<Cite\b[^>]*>/g) ?? []) {
      const match = /^<Cite\s+id="([^"]+)"\s*\/>$/.exec(tag);
      if (match) ids.push(match[1]!);
      else malformed.push(tag);
    }
  }
  return { ids, malformed };
}

/** Ids given to FAQ answers (`<FaqItem id="…">`), which clinics may link to as /faq#id. */
export function extractFaqIds(body: string): string[] {
  return [...body.matchAll(/<FaqItem\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]!);
}

/** Every fragment target an article body defines: heading ids and ids given to MDX components. */
export function extractAnchorIds(body: string): string[] {
  const headingIds = extractHeadings(body).map((heading) => heading.id);
  const componentIds = [...body.matchAll(/<[A-Z]\w*\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]!);
  return [...headingIds, ...componentIds];
}

/** Site-internal link targets in an article body: markdown links and href attributes starting with "/". */
export function extractInternalLinks(body: string): string[] {
  const markdown = [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1]!);
  const attributes = [...body.matchAll(/\bhref="(\/[^"]*)"/g)].map((match) => match[1]!);
  return [...markdown, ...attributes];
}
