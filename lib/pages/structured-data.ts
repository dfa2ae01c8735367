import type { BreadcrumbList, FAQPage, MedicalWebPage, WebSite, WithContext } from 'schema-dts';
import type { Article } from '@/lib/content/articles';
import type { FaqEntry } from '@/lib/content/article-source';
import type { NavLink } from './navigation';
import type { Reference } from '@/lib/content/references';
import { absoluteUrl as absolute, site } from '@/lib/site';

/** The procedure every article is about. */
const procedure = {
  '@type': 'MedicalProcedure',
  name: 'Microneedling with platelet-rich plasma',
  alternateName: ['Microneedling with PRP', 'PRP facial', 'Vampire facial'],
} as const;

/**
 * MedicalWebPage for an article: what a reader sees (title, description, review date, sources).
 * No `reviewedBy`: the site has no named clinical reviewer, and markup must not claim one.
 */
export function medicalWebPage(article: Article, references: readonly Reference[]): WithContext<MedicalWebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': `${absolute(article.href)}#page`,
    url: absolute(article.href),
    name: article.title,
    description: article.description,
    inLanguage: site.lang,
    lastReviewed: article.lastReviewed,
    about: article.condition ? { '@type': 'MedicalCondition', name: article.condition } : procedure,
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    isPartOf: { '@type': 'WebSite', name: site.name, url: absolute('/') },
    citation: references.map((reference) => ({
      '@type': 'CreativeWork',
      name: reference.title,
      ...(reference.href ? { url: reference.href } : {}),
      ...(reference.year ? { datePublished: String(reference.year) } : {}),
    })),
  };
}

export function breadcrumbList(items: readonly NavLink[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: absolute(item.href),
    })),
  };
}

/** FAQPage mirroring the visible questions and answers, word for word. */
export function faqPage(article: Article, entries: readonly FaqEntry[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absolute(article.href),
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      '@id': `${absolute(article.href)}#${entry.id}`,
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

export function webSite(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absolute('/'),
    inLanguage: site.lang,
    description: site.description,
  };
}

/** JSON for a <script type="application/ld+json">, escaped so no text can close the script. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
