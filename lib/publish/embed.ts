import type { Root, RootContent } from 'hast';
import type { Article } from '@/lib/content/articles';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { formatDate } from '@/lib/pages/format';
import { embedCardStyle } from '@/lib/pages/inline-code.mjs';
import { FACTS_LAST_CHECKED } from '@/lib/pages/labels';
import { absoluteUrl, site } from '@/lib/site';

const root = (children: RootContent[]): Root => ({ type: 'root', children });
const doctype = (): RootContent => ({ type: 'doctype' });

/** The card's last line, before its review date: written once, since embedHeight measures it. */
const SOURCE_LINE = `From ${site.name}. Independent, no advertising. ${FACTS_LAST_CHECKED} `;

/**
 * The embeddable card for one article: title, "In short" points and a link that opens the full
 * guide in the top window. Plain HTML with no JavaScript, designed for a clinic's iframe. Built as
 * a syntax tree, so every value is escaped by the serializer.
 */
export function embedHtml(article: Article): string {
  const url = absoluteUrl(article.href);
  const tree = root([
    doctype(),
    h('html', { lang: site.lang }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'robots', content: 'noindex' }),
        h('title', `${article.title} | ${site.shortName}`),
        h('link', { rel: 'canonical', href: url }),
        h('style', embedCardStyle),
      ]),
      h('body', [
        h('article', [
          h('h1', article.title),
          h(
            'ul',
            article.keyPoints.map((point) => h('li', point)),
          ),
          h('p', [
            h('a', { href: url, target: '_top' }, [
              'Read the full guide',
              h('span', { className: ['visually-hidden'] }, `: ${article.title}`),
            ]),
          ]),
          h('p', { className: ['source'] }, [
            SOURCE_LINE,
            h('time', { dateTime: article.lastReviewed }, formatDate(article.lastReviewed)),
            '.',
          ]),
        ]),
      ]),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}

/** Lines a text takes when words are packed greedily into lines of at most `perLine` characters. */
function lineCount(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine || used === 0) used = needed;
    else {
      lines++;
      used = word.length;
    }
  }
  return lines;
}

/**
 * The iframe height, in CSS pixels, at which the whole card shows in the narrowest frame a clinic
 * page gives it (320 px). Characters per line are set low on purpose, so the estimate errs tall;
 * tests/e2e/clinics.spec.ts checks in a browser that nothing is clipped at 320 and 640 px.
 */
export function embedHeight(article: Article): number {
  // Figures from embedCardStyle: 17 px text at line height 1.5 in a frame 278 px wide inside its padding.
  const body = 25.5;
  const titleLines = lineCount(article.title, 22);
  const pointLines = article.keyPoints.reduce((sum, point) => sum + lineCount(point, 27), 0);
  const sourceText = `${SOURCE_LINE}${formatDate(article.lastReviewed)}.`;
  const sourceLines = lineCount(sourceText, 36);
  const height =
    2 * 16 + // body padding
    titleLines * 25 +
    8 + // heading and its margin
    pointLines * body +
    article.keyPoints.length * 8 +
    12 + // list items and their margins
    body + // the link
    8 +
    8 +
    1 +
    sourceLines * 20.4 + // the source line with its rule
    2; // the iframe's border
  return Math.ceil(height / 10) * 10 + 20;
}
