import { nodeTypes } from '@mdx-js/mdx';
import type { Element, Root as HastRoot } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString as hastText } from 'hast-util-to-string';
import type { List, Nodes, Parents, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import YAML from 'yaml';
import { componentProps, type ComponentName } from './component-props';
import { asciiHeadingIds, rehypePlugins, remarkPlugins } from './mdx-plugins.mjs';
import rehypeAsciiHeadingIds from './rehype-ascii-heading-ids.mjs';
import { ContentError } from './validation';

/** A heading with the id rehype-slug gives it on the rendered page. */
export type Heading = { depth: number; text: string; id: string };
/** One question and its answer as plain text, the words a reader sees (citations excluded). */
export type FaqEntry = { id: string; question: string; answer: string };
/** One glossary entry: its anchor and the term as written. */
type GlossaryEntry = { id: string; term: string };

/** Everything the site derives from an article file, read from one syntax tree. */
export type ArticleSource = {
  /** The YAML frontmatter, parsed but not yet validated. */
  frontmatter: unknown;
  /** Every heading, in order, with its rendered id. */
  headings: Heading[];
  /** Cited reference ids, unique, in order of first citation: their position is the citation number. */
  citations: string[];
  faq: FaqEntry[];
  glossary: GlossaryEntry[];
  /** The items of the lists inside `<Checklist>`, as plain text. */
  checklist: string[];
  /** How many times each component is used. */
  components: ReadonlyMap<string, number>;
  /** Old ids kept for renamed headings (`<span id="old-id" />`). */
  keptAnchors: string[];
  /** Links to this site, as written: `/page`, `/page#id` or `#id`. */
  internalLinks: string[];
  /**
   * The prose a reader reads, one string per paragraph, table cell or titled block (a callout's,
   * tip's or timeline step's title), with list items read as sentences (`listProse`); headings are
   * not prose. The grade, the word counts and the repeats finder read this.
   */
  prose: string[];
  /** The same prose as laid out, each list item and lead-in its own string: the sentence-length limit reads this. */
  proseAsWritten: string[];
  /** The prose of "Get medical help" callouts, as in `prose`: every treatment page carries one on purpose. */
  helpProse: string[];
};

/** What a component that shows data from another file (the option grid) adds to the page. */
export type DataComponent = { citations: readonly string[]; prose: readonly string[] };
/** Looks up the data a component without children shows, by component name. */
export type DataComponents = (name: string) => DataComponent | undefined;

/** Components whose `title` prop is read as part of the text, not as a heading. */
const TITLED_BLOCKS = new Set(['Callout', 'Tip', 'TimelineStep']);

/** Plugins by package name; lib/content/mdx-plugins.mjs lists which ones the renderer uses. */
const pluginsByName: Record<string, Pluggable> = {
  'remark-frontmatter': remarkFrontmatter,
  'remark-gfm': remarkGfm,
  'rehype-slug': rehypeSlug,
  [asciiHeadingIds]: rehypeAsciiHeadingIds,
};

function resolvePlugins(names: readonly string[]): PluggableList {
  return names.map((name) => {
    const plugin = pluginsByName[name];
    if (!plugin) throw new Error(`lib/content/article-source.ts: add the MDX plugin "${name}" to pluginsByName`);
    return plugin;
  });
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(resolvePlugins(remarkPlugins))
  .use(remarkRehype, { passThrough: [...nodeTypes] })
  .use(resolvePlugins(rehypePlugins));

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The text a reader sees in a node: citations, comments and expressions are not text. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image') return node.alt ?? '';
  if (isJsx(node) && node.name === 'Cite') return '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text that ends a sentence: . ! or ? at its end, perhaps followed by closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?]["”’)\]]*$/;

/** One block of prose as its parts are written: one part, or a lead-in and list items read as one sentence. */
type ProseBlock = string[];

/** Joins parts read as one sentence with "; " (no full stop, so lib/content/readability.ts does not split them there). */
const joinParts = (parts: ProseBlock) =>
  parts.reduce((text, part) => (/[,;:]$/.test(text) ? `${text} ${part}` : `${text}; ${part}`));

/**
 * A list, with its lead-in (the paragraph just before it), read as a reader reads it: an item
 * without sentence punctuation does not end a sentence, so it runs on into the next item, and a
 * lead-in without one ("Tell them about:") runs on into the first. Counting each short item as a
 * sentence of its own flattered the grade (an audit of the rendered pages, issue 23, read lists
 * this way). Items that end in a full stop stay sentences of their own. A nested list continues
 * its item.
 */
function listProse(list: List, leadIn: string | undefined): ProseBlock[] {
  const parts = leadIn ? [leadIn] : [];
  const addItems = (node: List) => {
    for (const item of node.children) {
      for (const child of item.children) {
        if (child.type === 'paragraph') parts.push(squash(plainText(child)));
        else if (child.type === 'list') addItems(child);
      }
    }
  };
  addItems(list);
  const blocks: ProseBlock[] = [];
  let run: ProseBlock = [];
  for (const part of parts.filter(Boolean)) {
    run.push(part);
    if (ENDS_SENTENCE.test(part)) {
      blocks.push(run);
      run = [];
    }
  }
  if (run.length > 0) blocks.push(run);
  return blocks;
}

/**
 * The prose a node adds at its place in the tree: a paragraph or table cell is a block; a list
 * brings its items and its lead-in, so those are not blocks of their own.
 */
function proseAt(node: Nodes, index: number | undefined, parent: Parents | undefined): ProseBlock[] {
  if (node.type !== 'paragraph' && node.type !== 'tableCell' && node.type !== 'list') return [];
  if (parent?.type === 'listItem') return [];
  const siblings: Nodes[] = parent?.children ?? [];
  if (node.type === 'list') {
    const before = index === undefined ? undefined : siblings[index - 1];
    return listProse(node, before?.type === 'paragraph' ? squash(plainText(before)) : undefined);
  }
  if (node.type === 'paragraph' && index !== undefined && siblings[index + 1]?.type === 'list') return [];
  const text = squash(plainText(node));
  return text ? [[text]] : [];
}

/** Checks a component's props against lib/content/component-props.ts and returns them. */
function componentAttributes(node: JsxElement, file: string): Record<string, string> {
  const where = `${file}:${node.position?.start.line ?? '?'}: <${node.name}>`;
  const schema = componentProps[node.name as ComponentName];
  if (!schema) {
    throw new ContentError(
      `${where}: unknown component; use one of ${Object.keys(componentProps).join(', ')}, or a lowercase HTML element`,
    );
  }
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') throw new ContentError(`${where}: write each prop as name="value"`);
    props[attribute.name] = typeof attribute.value === 'string' ? attribute.value : { expression: attribute.value };
  }
  const result = schema.safeParse(props);
  if (!result.success) {
    // An unknown prop explains a missing one (`ids` for `id`), so it is reported first.
    const issues = result.error.issues;
    const issue = issues.find((entry) => entry.code === 'unrecognized_keys') ?? issues[0]!;
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const message = issue.code === 'unrecognized_keys' ? `unknown prop "${issue.keys.join('", "')}"` : issue.message;
    throw new ContentError(`${where}: ${field}${message}`);
  }
  return result.data as Record<string, string>;
}

/**
 * Parses an article file once, with the renderer's MDX plugins, and derives from that one tree
 * everything the site needs besides the rendered page: headings and their ids (from the HTML
 * tree, as rehype-slug gives them), citations, FAQ, glossary, checklist, links and prose.
 * Misused components throw a ContentError naming the file, the line and the component.
 */
export function parseArticleSource(
  source: string,
  file: string,
  dataComponents: DataComponents = () => undefined,
): ArticleSource {
  let tree: Root;
  try {
    tree = processor.parse(source);
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message}`);
  }

  let frontmatter: unknown = {};
  const citations: string[] = [];
  const faq: FaqEntry[] = [];
  const glossary: GlossaryEntry[] = [];
  const checklist: string[] = [];
  const components = new Map<string, number>();
  const keptAnchors: string[] = [];
  const internalLinks: string[] = [];
  const prose: ProseBlock[] = [];
  const helpProse: ProseBlock[] = [];

  visit(tree, (node: Nodes, index, parent) => {
    if (node.type === 'yaml') {
      try {
        // YAML 1.2 keeps dates as text, so they never shift with time zones.
        frontmatter = YAML.parse(node.value) ?? {};
      } catch (error) {
        throw new ContentError(`${file}: frontmatter: ${(error as Error).message}`);
      }
    } else if ((node.type === 'link' || node.type === 'definition') && /^[/#]/.test(node.url)) {
      internalLinks.push(node.url);
    } else if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'list') {
      prose.push(...proseAt(node, index, parent));
    } else if (isJsx(node) && node.name) {
      if (/^[a-z]/.test(node.name)) {
        // Plain HTML written as JSX: only its links matter here, and its ids, which keep a renamed
        // heading's published anchor (`<span id="old-id" />` on the line before the heading).
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
          if (attribute.name === 'href' && /^[/#]/.test(attribute.value)) internalLinks.push(attribute.value);
          if (attribute.name === 'id') keptAnchors.push(attribute.value);
        }
        return;
      }
      const props = componentAttributes(node, file);
      components.set(node.name, (components.get(node.name) ?? 0) + 1);
      if (node.name === 'Cite') {
        if (!citations.includes(props.id!)) citations.push(props.id!);
        return;
      }
      const data = dataComponents(node.name);
      if (data) {
        for (const id of data.citations) if (!citations.includes(id)) citations.push(id);
        prose.push(...data.prose.map((text) => [text]));
      }
      if (TITLED_BLOCKS.has(node.name)) prose.push([squash(props.title!)]);
      if (node.name === 'Callout' && props.type === 'help') {
        visit(node, (child: Nodes, index, parent) => {
          helpProse.push(...proseAt(child, index, parent));
        });
      }
      if (node.name === 'FaqItem') {
        faq.push({ id: props.id!, question: props.question!, answer: squash(node.children.map(plainText).join(' ')) });
      } else if (node.name === 'GlossaryTerm') {
        glossary.push({ id: props.id!, term: props.term! });
      } else if (node.name === 'Checklist') {
        visit(node, 'listItem', (item) => {
          checklist.push(squash(plainText(item)));
        });
      }
    }
  });

  const html = processor.runSync(tree) as HastRoot;
  const headings: Heading[] = [];
  visit(html, 'element', (element: Element) => {
    const depth = headingRank(element);
    if (depth) headings.push({ depth, text: squash(hastText(element)), id: String(element.properties.id ?? '') });
  });

  return {
    frontmatter,
    headings,
    citations,
    faq,
    glossary,
    checklist,
    components,
    keptAnchors,
    internalLinks,
    prose: prose.map(joinParts),
    proseAsWritten: prose.flat(),
    helpProse: helpProse.map(joinParts),
  };
}
