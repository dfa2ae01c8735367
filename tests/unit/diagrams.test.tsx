import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastText } from 'hast-util-to-string';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { PrpPreparationDiagram } from '@/components/diagrams/prp-preparation';
import { ScarTypeDiagram, ScarTypesDiagram } from '@/components/diagrams/scar-types';
import { SkinLayersDiagram } from '@/components/diagrams/skin-layers';
import { TreatmentTimelineDiagram } from '@/components/diagrams/treatment-timeline';

/** Each page has a 30 KiB budget; a diagram may take a tenth of it. */
const MAX_BYTES = 3 * 1024;
/** The narrowest screen we support, and the smallest text we accept on it. */
const NARROW_PX = 320;
const MIN_TEXT_PX = 12;

const parse = (html: string): Root => fromHtml(html, { fragment: true });

/** Everything wrong with one diagram's markup, in words; empty when it is fine. */
function diagramProblems(html: string, words: readonly string[]): string[] {
  const tree = parse(html);
  const problems: string[] = [];
  const svgs = selectAll('svg', tree);
  const images = svgs.filter((svg) => svg.properties.role === 'img');
  if (svgs.length !== 1 || images.length !== 1) {
    return [`expected exactly one svg, with role="img"; found ${svgs.length} svg, ${images.length} with the role`];
  }
  const svg = images[0]!;
  if (!select('figure', tree)) problems.push('no <figure>');

  const labelledBy = svg.properties.ariaLabelledBy;
  const ids = Array.isArray(labelledBy) ? labelledBy.map(String) : [];
  if (ids.length !== 2)
    problems.push(`aria-labelledby should name the title and the description, got ${String(labelledBy)}`);
  for (const id of ids) {
    const found = selectAll(`[id="${id}"]`, tree).length;
    if (found !== 1) problems.push(`aria-labelledby names "${id}", found ${found} times in the markup`);
  }
  const title = select('title', svg);
  const desc = select('desc', svg);
  if (!title || !hastText(title).trim()) problems.push('empty or missing <title>');
  if (!desc || !hastText(desc).trim()) problems.push('empty or missing <desc>');
  if (title && ids[0] !== title.properties.id) problems.push('aria-labelledby does not start with the <title> id');
  if (desc && ids[1] !== desc.properties.id) problems.push('aria-labelledby does not end with the <desc> id');
  const caption = select('figcaption', tree);
  if (!caption || !hastText(caption).trim()) problems.push('empty or missing <figcaption>');

  const labels = selectAll('text', svg).map((text) => hastText(text));
  for (const word of words) {
    if (!labels.some((label) => label.includes(word))) problems.push(`no <text> label says "${word}"`);
  }

  // Only currentColor follows the light and dark themes and prints black.
  visit(svg, 'element', (element: Element) => {
    for (const name of ['fill', 'stroke', 'color', 'stopColor', 'floodColor', 'lightingColor'] as const) {
      const value = element.properties[name];
      if (value !== undefined && value !== 'currentColor' && value !== 'none') {
        problems.push(`<${element.tagName}> has ${name}="${String(value)}"`);
      }
    }
    if (element.properties.style !== undefined) problems.push(`<${element.tagName}> has a style attribute`);
  });

  const classes = (svg.properties.className ?? []) as string[];
  if (!classes.includes('w-full') || !classes.includes('h-auto'))
    problems.push('the svg does not scale with w-full h-auto');
  const viewBoxWidth = Number(String(svg.properties.viewBox ?? '').split(/\s+/)[2]);
  if (!(viewBoxWidth > 0)) problems.push('no viewBox width');
  // The font size a <text> gets from itself or its nearest ancestor, in viewBox units.
  const sizes: number[] = [];
  const walk = (element: Element, inherited: number) => {
    const size = element.properties.fontSize === undefined ? inherited : Number(element.properties.fontSize);
    if (element.tagName === 'text') sizes.push(size);
    for (const child of element.children) if (child.type === 'element') walk(child, size);
  };
  walk(svg, 16);
  const smallest = Math.min(...sizes) * (NARROW_PX / viewBoxWidth);
  if (sizes.length === 0 || !(smallest >= MIN_TEXT_PX)) {
    problems.push(`text is ${smallest.toFixed(1)} px on a ${NARROW_PX} px screen, under ${MIN_TEXT_PX} px`);
  }
  return problems;
}

const diagrams: [string, ReactElement, string[]][] = [
  ['SkinLayersDiagram', <SkinLayersDiagram key="skin" />, ['Epidermis', 'Dermis', '0.5 mm', '1.5 mm', 'collagen']],
  [
    'PrpPreparationDiagram',
    <PrpPreparationDiagram key="prp" />,
    ['blood', 'centrifuge', 'Plasma', 'Platelet-rich layer', 'Red blood cells', 'PRP'],
  ],
  ['ScarTypesDiagram', <ScarTypesDiagram key="scars" />, ['Ice-pick', 'Boxcar', 'Rolling']],
  ['ScarTypeDiagram ice-pick', <ScarTypeDiagram key="ice-pick" type="ice-pick" />, ['Ice-pick']],
  ['ScarTypeDiagram boxcar', <ScarTypeDiagram key="boxcar" type="boxcar" />, ['Boxcar']],
  ['ScarTypeDiagram rolling', <ScarTypeDiagram key="rolling" type="rolling" />, ['Rolling']],
  [
    'TreatmentTimelineDiagram',
    <TreatmentTimelineDiagram key="timeline" />,
    ['3 or 4 sessions', 'about a month apart', '1 to 2 months', 'Result'],
  ],
];

describe('diagrams', () => {
  for (const [name, element, words] of diagrams) {
    it(`${name} is a named, described, captioned SVG in currentColor with its labels in words`, () => {
      const html = renderToStaticMarkup(element);
      expect(diagramProblems(html, words)).toEqual([]);
      expect(Buffer.byteLength(html), `${name} HTML size in bytes`).toBeLessThanOrEqual(MAX_BYTES);
    });
  }

  it('the single scar diagrams draw only their own type', () => {
    const labels = (html: string) => selectAll('text', parse(html)).map((text) => hastText(text));
    expect(labels(renderToStaticMarkup(<ScarTypeDiagram type="boxcar" />))).not.toContain('Ice-pick');
    expect(labels(renderToStaticMarkup(<ScarTypeDiagram type="rolling" />))).not.toContain('Boxcar');
  });

  it('gives two diagrams on one page different ids', () => {
    const html = renderToStaticMarkup(
      <>
        <ScarTypeDiagram type="ice-pick" />
        <ScarTypeDiagram type="boxcar" />
        <SkinLayersDiagram />
      </>,
    );
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(ids.length);
    // Characters such as ":" or "«" in React's ids would need escaping in CSS selectors.
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][\w-]*$/);
  });
});

describe('the diagram check itself', () => {
  const good = renderToStaticMarkup(<SkinLayersDiagram />);

  it('passes a good diagram', () => {
    expect(diagramProblems(good, ['Epidermis'])).toEqual([]);
  });

  it('catches an empty title, a missing label, a hard-coded colour, a dangling id and tiny text', () => {
    const bad = good
      .replace(/(<title[^>]*>)[^<]+/, '$1')
      .replace('<path ', '<path fill="#c00" ')
      .replace(/aria-labelledby="([^ "]+)/, 'aria-labelledby="nowhere')
      .replace('font-size="24"', 'font-size="10"')
      .replace(/<figcaption[^>]*>[^<]+<\/figcaption>/, '');
    const problems = diagramProblems(bad, ['Hypodermis']).join('\n');
    expect(problems).toContain('empty or missing <title>');
    expect(problems).toContain('no <text> label says "Hypodermis"');
    expect(problems).toContain('fill="#c00"');
    expect(problems).toContain('aria-labelledby names "nowhere", found 0 times');
    expect(problems).toContain('under 12 px');
    expect(problems).toContain('empty or missing <figcaption>');
  });

  it('catches a second svg and a missing role', () => {
    expect(diagramProblems(good.replace(' role="img"', ''), [])[0]).toMatch(/exactly one svg/);
    expect(diagramProblems(`${good}${good}`, [])[0]).toMatch(/exactly one svg/);
  });
});
