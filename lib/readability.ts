import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { syllable } from 'syllable';

/** Elements whose text a reader takes in as one unit: a heading, a paragraph, a list item, a cell. */
const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dt',
  'dd',
  'summary',
  'figcaption',
  'caption',
  'blockquote',
]);

/** Not prose: citation markers, hidden decoration, screen-reader-only labels and scripts. */
function isSkipped(node: Element): boolean {
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return (
    node.tagName === 'sup' ||
    node.tagName === 'script' ||
    node.tagName === 'style' ||
    node.properties.ariaHidden === 'true' ||
    classes.includes('sr-only')
  );
}

function hasBlockChild(node: Element): boolean {
  return node.children.some(
    (child) => child.type === 'element' && !isSkipped(child) && (BLOCKS.has(child.tagName) || hasBlockChild(child)),
  );
}

function strip(node: Element): Element {
  return {
    ...node,
    children: node.children
      .filter((child) => child.type !== 'element' || !isSkipped(child))
      .map((child) => (child.type === 'element' ? strip(child) : child)),
  };
}

/** The readable text of an HTML fragment, one string per block (innermost blocks only). */
export function textBlocks(html: string): string[] {
  const blocks: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      if (isSkipped(node)) return;
      if (BLOCKS.has(node.tagName) && !hasBlockChild(node)) {
        const text = toString(strip(node)).replace(/\s+/g, ' ').trim();
        if (text) blocks.push(text);
        return;
      }
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return blocks;
}

/** Split a block into sentences at . ! ? followed by a space and a capital, digit or quote. */
export function sentences(block: string): string[] {
  return block
    .split(/(?<=[.!?])["”’)]?\s+(?=["“‘(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

/** Words as a reader counts them; numbers count as words. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

export type ReadabilityStats = {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number;
  /** Words in the longest sentence, and the sentence itself (to find it in the text). */
  longestSentence: { words: number; text: string };
};

/** Flesch-Kincaid grade of a set of text blocks; syllables counted by the `syllable` library. */
export function readability(blocks: readonly string[]): ReadabilityStats {
  const allSentences = blocks.flatMap(sentences);
  const allWords = allSentences.flatMap(words);
  const syllables = allWords.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const longest = allSentences.reduce(
    (best, sentence) => {
      const count = words(sentence).length;
      return count > best.words ? { words: count, text: sentence } : best;
    },
    { words: 0, text: '' },
  );
  const grade =
    allWords.length === 0
      ? 0
      : 0.39 * (allWords.length / allSentences.length) + 11.8 * (syllables / allWords.length) - 15.59;
  return {
    words: allWords.length,
    sentences: allSentences.length,
    syllables,
    grade: Math.round(grade * 10) / 10,
    longestSentence: longest,
  };
}
