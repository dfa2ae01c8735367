import { describe, expect, it } from 'vitest';
import { parseArticleSource } from '@/lib/content/article-source';
import { readability } from '@/lib/content/readability';
import { checkArticlePageIds } from '@/lib/pages/check-page-ids';
import { article, mdx } from '../helpers/fixtures';
import { renderMdx } from '../helpers/render-mdx';

const KANG = 'kang-2022-mn-prp-acne-meta';
const NHS = 'nhs-choosing-practitioner';

/** Ids of the h1–h6 elements in rendered HTML, in order. */
const renderedHeadingIds = (html: string) => [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((match) => match[1]);
/** The reference id behind each citation marker in rendered HTML, with its number. */
const renderedCitations = (html: string) =>
  [...html.matchAll(/<a href="#ref-([^"]+)">\[<span class="sr-only">source <\/span>(\d+)\]/g)].map((m) => [
    m[1],
    Number(m[2]),
  ]);

/** What lib/ derives from a body, next to the page the renderer makes of it. */
async function deriveAndRender(body: string) {
  const derived = article('scars', {}, body);
  const html = await renderMdx(mdx({}, body), derived.citations);
  return { derived, html };
}

describe('what lib/ reads from an article equals what the page shows', () => {
  it('gives a heading with an entity the id the page gives it', async () => {
    const { derived, html } = await deriveAndRender('## Risks &amp; benefits\n\nText.\n');
    expect(derived.sections).toEqual([{ depth: 2, text: 'Risks & benefits', id: 'risks--benefits' }]);
    expect(renderedHeadingIds(html)).toEqual(['risks--benefits']);
  });

  it('gives a heading with inline code the id the page gives it', async () => {
    const { derived, html } = await deriveAndRender('## The `needle_depth` setting\n\nText.\n');
    expect(derived.sections.map((section) => section.id)).toEqual(['the-needle_depth-setting']);
    expect(renderedHeadingIds(html)).toEqual(['the-needle_depth-setting']);
  });

  it('finds setext and indented headings, and none inside a longer fence', async () => {
    const body =
      'Aftercare\n---------\n\n  ## Indented\n\n````md\n```\n## Not a heading\n```\n````\n\n## Real\n\nText.\n';
    const { derived, html } = await deriveAndRender(body);
    expect(derived.sections.map((section) => section.id)).toEqual(['aftercare', 'indented', 'real']);
    expect(renderedHeadingIds(html)).toEqual(['aftercare', 'indented', 'real']);
  });

  it('rejects a setext h1 like any other second h1', () => {
    expect(() => article('scars', {}, 'Another title\n=============\n\nText.\n')).toThrow(
      'content/articles/scars.mdx: body: "# Another title" is a second h1',
    );
  });

  it('numbers citations as the page does, ignoring ones in comments and inline code', async () => {
    const body = [
      `First.<Cite id="${NHS}" />`,
      '',
      `{/* <Cite id="old-ref" /> */}`,
      '',
      `Code: \`<Cite id="${KANG}" />\` is how to cite.`,
      '',
      `Second.<Cite`,
      `  id="${KANG}"`,
      `/> Third.<Cite id="${NHS}" />`,
      '',
    ].join('\n');
    const { derived, html } = await deriveAndRender(body);
    expect(derived.citations).toEqual([NHS, KANG]);
    expect(renderedCitations(html)).toEqual([
      [NHS, 1],
      [KANG, 2],
      [NHS, 1],
    ]);
  });

  it('reads FAQ items whatever the order of their props', async () => {
    const body =
      '<FaqAccordion>\n<FaqItem question="Over 50 and BMI > 30?" id="older-people">\n\nYes.<Cite id="kang-2022-mn-prp-acne-meta" />\n\n</FaqItem>\n</FaqAccordion>\n';
    const { derived, html } = await deriveAndRender(body);
    expect(derived.faq).toEqual([{ id: 'older-people', question: 'Over 50 and BMI > 30?', answer: 'Yes.' }]);
    expect(html).toContain('id="older-people"');
  });

  it('lists internal links of every kind, including same-page ones', () => {
    const { internalLinks } = parseArticleSource(
      '[a](/risks "Risks") [b][r] [c](#aftercare) [d](https://example.org) <a href="/faq#cost">e</a>\n\n[r]: /scars#keloids\n',
      'x.mdx',
    );
    expect(internalLinks.sort()).toEqual(['#aftercare', '/faq#cost', '/risks', '/scars#keloids']);
  });

  it('measures prose without headings, citation markers or comments', () => {
    const { prose } = parseArticleSource(
      `## Heading\n\nRed for 2 days.<Cite id="${KANG}" /> {/* a note */}\n\n| a | b |\n| - | - |\n| Cell one | Cell two |\n`,
      'x.mdx',
    );
    expect(prose).toEqual(['Red for 2 days.', 'a', 'b', 'Cell one', 'Cell two']);
  });

  it('counts titles a reader reads as prose, and keeps the medical help box apart', () => {
    const { prose, helpProse } = parseArticleSource(
      '<Callout type="help" title="Get help if">\n\nYou have a fever.\n\n</Callout>\n\n<TipsList>\n<Tip title="Ask first">\n\nWhy.\n\n</Tip>\n</TipsList>\n',
      'x.mdx',
    );
    expect(prose).toEqual(['Get help if', 'You have a fever.', 'Ask first', 'Why.']);
    expect(helpProse).toEqual(['You have a fever.']);
  });

  it("keeps a renamed heading's old anchor from an empty element before it", async () => {
    const { derived, html } = await deriveAndRender('<span id="ageing-skin" />\n\n## Aging skin\n\nText.\n');
    expect(derived.keptAnchors).toEqual(['ageing-skin']);
    expect(derived.sections.map((section) => section.id)).toEqual(['aging-skin']);
    expect(html).toContain('<span id="ageing-skin"></span>');
  });
});

describe('lists are read as sentences: an item without . ! or ? runs on into the next', () => {
  const read = (body: string) => parseArticleSource(body, 'x.mdx');

  it('reads a lead-in and a list without full stops as one sentence, with the same words', () => {
    const { prose, proseAsWritten } = read(
      `Tell your practitioner about:\n\n- every medicine, including aspirin<Cite id="${KANG}" />\n- cold sores\n- keloids\n`,
    );
    expect(prose).toEqual(['Tell your practitioner about: every medicine, including aspirin; cold sores; keloids']);
    expect(readability(prose).sentences).toBe(1);
    expect(proseAsWritten).toEqual([
      'Tell your practitioner about:',
      'every medicine, including aspirin',
      'cold sores',
      'keloids',
    ]);
    expect(readability(prose).words).toBe(readability(proseAsWritten).words);
  });

  it('keeps items that end in a full stop, or ! or ? before a closing quote, sentences of their own', () => {
    expect(
      read(
        'We found no study.\n\n- Protect your skin from the sun.\n- Ask what they do if marks appear!\n- Ask "why?"\n',
      ).prose,
    ).toEqual([
      'We found no study.',
      'Protect your skin from the sun.',
      'Ask what they do if marks appear!',
      'Ask "why?"',
    ]);
    // A colon ends no sentence, so a lead-in runs on into the first item even when items have full stops.
    expect(read('These steps help:\n\n- Protect your skin.\n- Ask why.\n').prose).toEqual([
      'These steps help: Protect your skin.',
      'Ask why.',
    ]);
  });

  it('in a mixed list, joins unpunctuated items to the next item that ends a sentence', () => {
    const { prose } = read(
      'Before you book:\n\n- Ask how deep they go.\n- sun cream\n- a hat\n- Ask about dark marks.\n- a last item\n',
    );
    expect(prose).toEqual([
      'Before you book: Ask how deep they go.',
      'sun cream; a hat; Ask about dark marks.',
      'a last item',
    ]);
  });

  it('reads a list with no lead-in, or after a heading, as a sentence of its own', () => {
    expect(read('- your medicines\n- your allergies\n').prose).toEqual(['your medicines; your allergies']);
    expect(read('## What to bring\n\n1. your medicines\n2. your allergies\n').prose).toEqual([
      'your medicines; your allergies',
    ]);
  });

  it('reads a nested list as part of its item', () => {
    expect(read('Tell them about:\n\n- medicines, such as:\n  - aspirin\n  - ibuprofen\n- allergies\n').prose).toEqual([
      'Tell them about: medicines, such as: aspirin; ibuprofen; allergies',
    ]);
  });

  it('reads the medical help box the same way, so the repeats finder still leaves it out', () => {
    const { prose, helpProse } = read(
      '<Callout type="help" title="Get help">\n\nSee a doctor if:\n\n- you have a fever\n- lumps appear\n\n</Callout>\n',
    );
    expect(helpProse).toEqual(['See a doctor if: you have a fever; lumps appear']);
    expect(prose).toEqual(['Get help', ...helpProse]);
  });
});

describe('a misused component fails the build, naming the file, line and component', () => {
  const misuse = (body: string) => () => article('scars', {}, body);

  it('an unknown callout type', () => {
    expect(
      misuse('<Callout type="warning" title="Careful">\n\nText.\n\n</Callout>\n'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:16: <Callout>: type: must be one of important, help, note]`,
    );
  });

  it('a FAQ item without an id', () => {
    expect(
      misuse('<FaqItem question="Does it hurt?">\n\nA little.\n\n</FaqItem>\n'),
    ).toThrowErrorMatchingInlineSnapshot(`[ContentError: content/articles/scars.mdx:16: <FaqItem>: id: is required]`);
  });

  it('a tip without a title', () => {
    expect(misuse('<TipsList>\n<Tip>\n\nWear sunscreen.\n\n</Tip>\n</TipsList>\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:17: <Tip>: title: is required]`,
    );
  });

  it('a citation without an id', () => {
    expect(misuse('Claim.<Cite />\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:16: <Cite>: id: is required]`,
    );
  });

  it('an unknown prop', () => {
    expect(misuse('<Tip title="Sun" colour="red">\n\nText.\n\n</Tip>\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:16: <Tip>: unknown prop "colour"]`,
    );
  });

  it('a prop given as an expression', () => {
    expect(misuse('<Tip title={"Sun"}>\n\nText.\n\n</Tip>\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:16: <Tip>: title: must be text in quotes]`,
    );
  });

  it('an unknown component', () => {
    expect(misuse('<Warning>\n\nText.\n\n</Warning>\n')).toThrow(
      'content/articles/scars.mdx:16: <Warning>: unknown component; use one of Cite, Callout,',
    );
  });

  it('an unknown scar type', () => {
    expect(misuse('<ScarTypeDiagram type="keloid" />\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:16: <ScarTypeDiagram>: type: must be one of ice-pick, boxcar, rolling]`,
    );
  });

  it('a diagram given a prop it does not take', () => {
    expect(misuse('<SkinLayersDiagram title="Skin" />\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx:16: <SkinLayersDiagram>: unknown prop "title"]`,
    );
  });
});

describe('every id on an article page is unique, or the build fails naming what takes it', () => {
  const body = (text: string) => () => {
    const parsed = article('scars', {}, text);
    checkArticlePageIds(parsed);
    return parsed;
  };
  const faq = (id: string) =>
    `<FaqAccordion>\n<FaqItem id="${id}" question="What does it cost?">\n\nIt varies.\n\n</FaqItem>\n</FaqAccordion>\n`;

  it('a heading that takes an id the layout uses', () => {
    expect(body('## Sources\n\nText.\n')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: body: id "sources" is used 2 times (the page layout, heading "Sources")]`,
    );
  });

  it("a FAQ answer that takes a heading's id", () => {
    expect(body(`## Cost\n\n${faq('cost')}`)).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: body: id "cost" is used 2 times (heading "Cost", <FaqItem question="What does it cost?">)]`,
    );
  });

  it('a glossary term and a FAQ answer with the same id', () => {
    expect(
      body(
        `${faq('prp')}\n<Glossary>\n<GlossaryTerm id="prp" term="PRP">\n\nPlasma.\n\n</GlossaryTerm>\n</Glossary>\n`,
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: body: id "prp" is used 2 times (<FaqItem question="What does it cost?">, <GlossaryTerm term="PRP">)]`,
    );
  });

  it('a heading that takes the id of a source in the reference list', () => {
    expect(
      body('## Ref kang 2022 mn prp acne meta\n\nText.<Cite id="kang-2022-mn-prp-acne-meta" />\n'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/articles/scars.mdx: body: id "ref-kang-2022-mn-prp-acne-meta" is used 2 times (heading "Ref kang 2022 mn prp acne meta", the reference list)]`,
    );
  });

  it('but two headings with the same words get ids of their own', () => {
    expect(body('## Cost\n\nA.\n\n## Cost\n\nB.\n')().sections.map((section) => section.id)).toEqual([
      'cost',
      'cost-1',
    ]);
  });
});
