import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Read structured parts of an MDX body (FAQ answers, checklists) as the plain text a reader sees. */

/** One question and its answer as plain text, exactly the words a reader sees (citations excluded). */
export type FaqEntry = { id: string; question: string; answer: string };

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The FAQ items of an article body, in order, read from its MDX syntax tree. */
export function extractFaq(body: string): FaqEntry[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
  const entries: FaqEntry[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'FaqItem') return;
    const answer = node.children
      .map((child) => toString(child))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    entries.push({ id: attribute(node, 'id') ?? '', question: attribute(node, 'question') ?? '', answer });
  });
  return entries;
}

/** The items of every markdown list inside a `<Checklist>` in an article body, as plain text. */
export function extractChecklist(body: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
  const items: string[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Checklist') return;
    visit(node, 'listItem', (item) => {
      items.push(toString(item).replace(/\s+/g, ' ').trim());
    });
  });
  return items;
}

/** One glossary entry: its anchor and the term as written. */
export type GlossaryEntry = { id: string; term: string };

/** The glossary terms of an article body, in order, read from its MDX syntax tree. */
export function extractGlossary(body: string): GlossaryEntry[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Root;
  const entries: GlossaryEntry[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'GlossaryTerm') return;
    entries.push({ id: attribute(node, 'id') ?? '', term: attribute(node, 'term') ?? '' });
  });
  return entries;
}
