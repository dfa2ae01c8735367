import { describe, expect, it } from 'vitest';
import { getArticlePage } from '@/lib/pages/article-page';
import { getArticles } from '@/lib/content/articles';
import { parseArticleSource } from '@/lib/content/article-source';
import { breadcrumbList, faqPage, medicalWebPage, serializeJsonLd, webSite } from '@/lib/pages/structured-data';
import { site } from '@/lib/site';
import { article, registry } from '../helpers/fixtures';

const scars = article('scars', {}, '## Trials\n\nClaim.<Cite id="kang-2022-mn-prp-acne-meta" />\n');
const references = [registry.get('kang-2022-mn-prp-acne-meta')!];

describe('MedicalWebPage', () => {
  const data = medicalWebPage(scars, references);

  it('describes the page a reader sees, about the procedure, for patients', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: `${site.url}/scars`,
      name: scars.title,
      description: scars.description,
      lastReviewed: '2026-11-25',
      about: { '@type': 'MedicalProcedure', name: 'Microneedling with platelet-rich plasma' },
      medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    });
  });

  it('cites exactly the sources in the page reference list', () => {
    expect(data.citation).toEqual([
      expect.objectContaining({ '@type': 'CreativeWork', url: 'https://doi.org/10.3389/fmed.2021.788754' }),
    ]);
  });

  it('never names a reviewer the site does not have', () => {
    expect(data).not.toHaveProperty('reviewedBy');
  });
});

describe('BreadcrumbList and WebSite', () => {
  it('lists the crumbs in order with absolute URLs', () => {
    const data = breadcrumbList([
      { href: '/', label: 'Home' },
      { href: '/scars', label: 'Scars' },
    ]);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
      { '@type': 'ListItem', position: 2, name: 'Scars', item: `${site.url}/scars` },
    ]);
  });

  it('names the site on the home page', () => {
    expect(webSite()).toMatchObject({ '@type': 'WebSite', name: site.name, url: `${site.url}/` });
  });
});

describe('FAQPage', () => {
  const body = `## Recovery

<FaqAccordion>
<FaqItem id="recovery-time" question="How long does recovery take?">

Most people are red for [2 to 3 days](/risks).<Cite id="kang-2022-mn-prp-acne-meta" />

- Swelling goes down first.

</FaqItem>
</FaqAccordion>
`;

  it('reads each question and its answer as the plain text a reader sees', () => {
    expect(parseArticleSource(body, 'test.mdx').faq).toEqual([
      {
        id: 'recovery-time',
        question: 'How long does recovery take?',
        answer: 'Most people are red for 2 to 3 days. Swelling goes down first.',
      },
    ]);
  });

  it('mirrors the visible questions and answers', () => {
    const data = faqPage(scars, parseArticleSource(body, 'test.mdx').faq);
    expect(data.mainEntity).toEqual([
      {
        '@type': 'Question',
        '@id': `${site.url}/scars#recovery-time`,
        name: 'How long does recovery take?',
        acceptedAnswer: { '@type': 'Answer', text: 'Most people are red for 2 to 3 days. Swelling goes down first.' },
      },
    ]);
  });

  it('covers every FAQ item on the site FAQ page', () => {
    const { article: faq, structuredData } = getArticlePage('faq');
    const faqData = structuredData.find((data) => (data as { '@type': string })['@type'] === 'FAQPage') as {
      mainEntity: unknown[];
    };
    expect(faqData.mainEntity).toHaveLength(faq.faq.length);
  });
});

describe('checklists', () => {
  it('reads the items of a <Checklist>', () => {
    expect(
      parseArticleSource(
        '<Checklist>\n\n- How many have **you** done?\n- What is the full cost?\n\n</Checklist>\n',
        'x.mdx',
      ).checklist,
    ).toEqual(['How many have you done?', 'What is the full cost?']);
  });
});

describe('serialised JSON-LD', () => {
  it('cannot close its script element or open a comment', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script><!--' });
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });

  it('is produced for every article', () => {
    for (const a of getArticles()) {
      const types = getArticlePage(a.slug).structuredData.map((data) => (data as { '@type': string })['@type']);
      expect(types[0], a.file).toBe('MedicalWebPage');
      expect(types).toContain(a.href === '/' ? 'WebSite' : 'BreadcrumbList');
    }
  });
});
