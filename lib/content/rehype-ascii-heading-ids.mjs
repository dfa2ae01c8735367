// @ts-check
// Heading ids without accents. rehype-slug (github-slugger) keeps letters as written, so a Spanish
// heading "Después de la sesión" gets the id `después-de-la-sesión`, which a link carries
// percent-encoded (#despu%C3%A9s-…) and clinics cannot type. This plugin runs just before
// rehype-slug and gives every heading the id rehype-slug would, from the heading's text with its
// accents and tildes taken off (`despues-de-la-sesion`); rehype-slug keeps an id that is there.
// English headings have no such letters, so their ids, published anchors, are unchanged (every id
// in tests/published-urls.txt is checked). One slugger per document, as in rehype-slug, so repeats
// get -1, -2 just as before.
import GithubSlugger from 'github-slugger';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * Text with its diacritics removed: é → e, ñ → n, ü → u (canonical decomposition, then every
 * combining mark dropped). Punctuation is left to the slugger, which drops ¿ and ¡.
 * @param {string} text
 */
export function foldAccents(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** @returns {(tree: import('hast').Root) => void} */
export default function rehypeAsciiHeadingIds() {
  return (tree) => {
    const slugs = new GithubSlugger();
    visit(tree, 'element', (node) => {
      if (headingRank(node) && !node.properties.id) node.properties.id = slugs.slug(foldAccents(toString(node)));
    });
  };
}
