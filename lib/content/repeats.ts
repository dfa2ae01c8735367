/** A passage that stands word for word on several articles, and the pages it stands on. */
export type RepeatedPassage = { text: string; pages: string[] };

type ArticleProse = { href: string; prose: readonly string[]; helpProse: readonly string[] };

/** Lowercase words, with curly apostrophes made straight, so "don’t" and "don't" match. */
function tokens(block: string): string[] {
  return (block.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
    word.replace('’', "'"),
  );
}

/**
 * Passages of at least `minWords` words that stand on at least `minPages` articles. Prose inside
 * "Get medical help" callouts is left out: every treatment page carries that box on purpose.
 * A passage never runs across two paragraphs. Overlapping runs are merged, and a passage that is
 * part of a longer one is counted once, as the longer one.
 */
export function repeatedPassages(
  articles: readonly ArticleProse[],
  { minWords = 8, minPages = 3 } = {},
): RepeatedPassage[] {
  const blocks = articles.map((article) => {
    const help = new Set(article.helpProse);
    return {
      href: article.href,
      blocks: article.prose.filter((block) => !help.has(block)).map(tokens),
    };
  });

  const pagesOf = new Map<string, Set<string>>();
  for (const { href, blocks: list } of blocks) {
    for (const words of list) {
      for (let i = 0; i + minWords <= words.length; i++) {
        const key = words.slice(i, i + minWords).join(' ');
        pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(href));
      }
    }
  }
  const repeated = (key: string) => (pagesOf.get(key)?.size ?? 0) >= minPages;

  const passages = new Map<string, Set<string>>();
  for (const { blocks: list } of blocks) {
    for (const words of list) {
      let i = 0;
      while (i + minWords <= words.length) {
        if (!repeated(words.slice(i, i + minWords).join(' '))) {
          i++;
          continue;
        }
        const start = i;
        const pages = new Set(pagesOf.get(words.slice(i, i + minWords).join(' ')));
        while (i + 1 + minWords <= words.length && repeated(words.slice(i + 1, i + 1 + minWords).join(' '))) {
          i++;
          for (const page of pagesOf.get(words.slice(i, i + minWords).join(' '))!) pages.add(page);
        }
        const text = words.slice(start, i + minWords).join(' ');
        passages.set(text, new Set([...(passages.get(text) ?? []), ...pages]));
        i += minWords;
      }
    }
  }

  const texts = [...passages.keys()];
  return texts
    .filter((text) => !texts.some((other) => other !== text && other.includes(text)))
    .map((text) => ({ text, pages: [...passages.get(text)!].sort() }))
    .sort((a, b) => b.pages.length - a.pages.length || a.text.localeCompare(b.text));
}
