import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Element, Nodes } from 'hast';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SectionHeading } from '@/components/section-heading';
import { sectionLinkLabel } from '@/lib/pages/labels';
import { mdx } from '../helpers/fixtures';
import { renderMdx } from '../helpers/render-mdx';

const render = (element: ReactElement) => fromHtml(renderToStaticMarkup(element), { fragment: true });

/**
 * An element's name from its content, as a screen reader computes it for a heading or a link with
 * no aria-label: its text, less anything aria-hidden. The browser's own computation is checked in
 * tests/e2e/section-links.spec.ts; this one needs no browser.
 */
function nameFromContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.properties.ariaHidden === 'true') return '';
  if (!('children' in node)) return '';
  return node.children.map(nameFromContent).join('').replace(/\s+/g, ' ').trim();
}

const find = (tree: Nodes, selector: string) => {
  const element = select(selector, tree);
  expect(element, selector).toBeDefined();
  return element as Element;
};

describe('a section heading', () => {
  const tree = render(<SectionHeading id="what-did-the-studies-find">What did the studies find?</SectionHeading>);

  it('is named by its own words only', () => {
    const heading = find(tree, 'h2');
    expect(heading.properties.id).toBe('what-did-the-studies-find');
    expect(nameFromContent(heading)).toBe('What did the studies find?');
    expect(select('a', heading)).toBeUndefined();
  });

  it('is followed by a link to it, named for the section it opens', () => {
    const link = find(tree, 'h2 + a');
    expect(link.properties.href).toBe('#what-did-the-studies-find');
    expect(nameFromContent(link)).toBe('Link to section: What did the studies find?');
    expect(nameFromContent(link)).toBe(sectionLinkLabel('What did the studies find?'));
  });

  it('keeps the link out of the search index', () => {
    expect(find(tree, 'h2 + a').properties.dataPagefindIgnore).toBe('');
  });

  it('names the link by the words of a heading with markup in it', () => {
    const marked = render(
      <SectionHeading id="the-needle_depth-setting">
        The <code>needle_depth</code> setting, <em>briefly</em>
      </SectionHeading>,
    );
    expect(nameFromContent(find(marked, 'h2 + a'))).toBe('Link to section: The needle_depth setting, briefly');
  });

  it('has no link when it has no id to link to', () => {
    const plain = render(<SectionHeading>Untitled</SectionHeading>);
    expect(select('a', plain)).toBeUndefined();
    expect(nameFromContent(find(plain, 'h2'))).toBe('Untitled');
  });
});

describe('a ## heading in an article', () => {
  it('keeps the id rehype-slug gives it, and its link says which section it opens', async () => {
    const tree = fromHtml(await renderMdx(mdx({}, '## Risks &amp; benefits\n\nText.\n'), []), { fragment: true });
    const heading = find(tree, 'h2#risks--benefits');
    expect(nameFromContent(heading)).toBe('Risks & benefits');
    expect(nameFromContent(find(tree, 'h2 + a[href="#risks--benefits"]'))).toBe('Link to section: Risks & benefits');
  });
});
