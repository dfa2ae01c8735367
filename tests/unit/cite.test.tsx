import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { citeFor } from '@/components/cite';
import { refId } from '@/lib/pages/page-ids';

const KANG = 'kang-2022-mn-prp-acne-meta';
const NHS = 'nhs-choosing-practitioner';

describe('a citation marker', () => {
  const Cite = citeFor([NHS, KANG]);
  const html = renderToStaticMarkup(<Cite id={KANG} />);

  it("links to the source's entry in the reference list by its number there", () => {
    expect(html).toContain(`<a href="#${refId(KANG)}">`);
    expect(html).toContain('[<span class="sr-only">source </span>2]');
  });

  it('is left out of the search index, so no excerpt reads "[source 2]"', () => {
    expect(html).toMatch(/^<sup class="cite" data-pagefind-ignore="">/);
  });

  it('fails loudly, as a bug, for an id the loader did not list', () => {
    expect(() => renderToStaticMarkup(<Cite id="not-cited" />)).toThrow(
      'Bug: <Cite id="not-cited"> renders, but lib/content found no such citation in this article',
    );
  });
});
