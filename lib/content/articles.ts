import fs from 'node:fs';
import path from 'node:path';
import { parseArticleSource, type ArticleSource, type DataComponent, type Heading } from './article-source';
import { getAcneScarGrid, gridComponents } from './option-grid';
import { articlesDir, displayPath } from './paths';
import { getRegistry, type Registry } from './references';
import { frontmatterSchema, kebabCase, type Frontmatter } from './schemas';
import { ContentError, parseOrThrow } from './validation';

/** The file `index.mdx` is the home page; every other file is served at `/<slug>`. */
export const HOME_SLUG = 'index';

/** One validated article: frontmatter plus everything derived from its body. */
export type Article = Frontmatter &
  Omit<ArticleSource, 'frontmatter'> & {
    slug: string;
    /** Project-relative path, for error messages. */
    file: string;
    href: string;
    /** Headings of level 2, in order: the "On this page" list and the published section anchors. */
    sections: Heading[];
    /**
     * What the readability check measures: the "In short" points, the verdict and the body's prose,
     * with lists read as sentences (`prose`). The grade and word counts read this.
     */
    readableText: string[];
    /** The same text with each list item apart, as laid out (`proseAsWritten`): the sentence-length limit reads this. */
    readableTextAsWritten: string[];
  };

/** The citations and prose of the components that show the acne-scar option grid. */
function gridComponent(name: string, registry: Registry): DataComponent | undefined {
  if (!Object.hasOwn(gridComponents, name)) return undefined;
  return getAcneScarGrid(registry).parts[gridComponents[name as keyof typeof gridComponents]];
}

/** Parse and validate one article file's text. Throws a ContentError naming the file and field. */
export function parseArticle(source: string, file: string, registry: Registry): Article {
  const slug = path.basename(file, '.mdx');
  if (!kebabCase.test(slug)) {
    throw new ContentError(`${file}: file name: use lowercase words joined by hyphens, got "${slug}"`);
  }
  const { frontmatter: data, ...derived } = parseArticleSource(source, file, (name) => gridComponent(name, registry));
  const { headings } = derived;
  const frontmatter = parseOrThrow(frontmatterSchema, data, file);

  const h1 = headings.find((heading) => heading.depth === 1);
  if (h1) throw new ContentError(`${file}: body: "# ${h1.text}" is a second h1; the title is the page's only h1`);
  // A skipped level (## then ####) breaks the outline a screen reader's heading list gives.
  let depth = 1;
  for (const heading of headings) {
    if (heading.depth > depth + 1) {
      throw new ContentError(
        `${file}: body: "${'#'.repeat(heading.depth)} ${heading.text}" skips a level; use ${'#'.repeat(depth + 1)}`,
      );
    }
    depth = heading.depth;
  }

  const unknown = derived.citations.filter((id) => !registry.has(id));
  if (unknown.length > 0) {
    throw new ContentError(
      unknown
        .map((id) => `${file}: <Cite id="${id}">: no reference with this id in content/references.yaml`)
        .join('\n'),
    );
  }

  const summary = [...frontmatter.keyPoints, ...(frontmatter.evidence ? [frontmatter.evidence.summary] : [])];
  return {
    ...frontmatter,
    ...derived,
    slug,
    file,
    href: slug === HOME_SLUG ? '/' : `/${slug}`,
    sections: headings.filter((heading) => heading.depth === 2),
    readableText: [...summary, ...derived.prose],
    readableTextAsWritten: [...summary, ...derived.proseAsWritten],
  };
}

/** Checks that need the whole collection: unique orders and slugs, and a home page. */
export function validateCollection(articles: readonly Article[]): void {
  const problems: string[] = [];
  for (const key of ['slug', 'order'] as const) {
    const seen = new Map<unknown, string>();
    for (const article of articles) {
      const first = seen.get(article[key]);
      if (first) problems.push(`${article.file}: ${key}: ${JSON.stringify(article[key])} is already used by ${first}`);
      else seen.set(article[key], article.file);
    }
  }
  if (!articles.some((article) => article.slug === HOME_SLUG)) {
    problems.push(`content/articles: ${HOME_SLUG}.mdx (the home page) is missing`);
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
}

/**
 * Reads every article in a directory, sorted, with every problem found instead of the first: each
 * file is checked on its own, then the collection (unique orders and slugs, a home page). The
 * content report shows all problems at once; the site fails on any.
 */
export function readArticles(
  dir: string = articlesDir,
  registry: Registry = getRegistry(),
): { articles: Article[]; problems: string[] } {
  const articles: Article[] = [];
  const problems: string[] = [];
  for (const name of fs.readdirSync(dir).filter((entry) => entry.endsWith('.mdx'))) {
    const file = path.join(dir, name);
    try {
      articles.push(parseArticle(fs.readFileSync(file, 'utf8'), displayPath(file), registry));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length === 0) {
    try {
      validateCollection(articles);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(error.message);
    }
  }
  return { articles: articles.sort((a, b) => a.order - b.order), problems };
}

/** Read, validate and sort every article, failing with every problem found. */
function loadArticles(): Article[] {
  const { articles, problems } = readArticles();
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return articles;
}

let cached: Article[] | undefined;

/** Every article, home page first, in navigation order. Read once per process. */
export function getArticles(): readonly Article[] {
  cached ??= loadArticles();
  return cached;
}

/** Articles served at `/<slug>` (everything but the home page). */
export function getArticleSlugs(): string[] {
  return getArticles()
    .filter((article) => article.slug !== HOME_SLUG)
    .map((article) => article.slug);
}

export function getArticle(slug: string): Article | undefined {
  return getArticles().find((article) => article.slug === slug);
}

/** The article or a loud failure: callers have already limited slugs to known ones. */
export function requireArticle(slug: string): Article {
  const article = getArticle(slug);
  if (!article) throw new Error(`No article with slug "${slug}"`);
  return article;
}

/** Which articles cite each reference id, for the references page and the registry checks. */
export function getCitingArticles(): ReadonlyMap<string, Article[]> {
  const byId = new Map<string, Article[]>();
  for (const article of getArticles()) {
    for (const id of article.citations) byId.set(id, [...(byId.get(id) ?? []), article]);
  }
  return byId;
}

/**
 * The newest "facts last checked" date of the site: when any page was last checked against its
 * sources. The sitemap, the feeds and the handout date the whole site by it.
 */
export function siteLastReviewed(articles: readonly Pick<Article, 'lastReviewed'>[]): string {
  const newest = articles
    .map((article) => article.lastReviewed)
    .sort()
    .at(-1);
  if (!newest) throw new Error('siteLastReviewed: no articles');
  return newest;
}
