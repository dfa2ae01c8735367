import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPageProblem, ReportProblem } from '@/components/report-problem';
import { ReviewDates } from '@/components/review-dates';
import { parseArticleSource } from '@/lib/content/article-source';
import { parseArticle } from '@/lib/content/articles';
import { contentBudgets } from '@/lib/content/content-budgets';
import { readability } from '@/lib/content/readability';
import { getRegistry } from '@/lib/content/references';
import type { SiteContact } from '@/lib/site-contact';
import { mdx } from '../helpers/fixtures';

const email: SiteContact = { kind: 'email', address: 'corrections@guide.example.org' };
const form: SiteContact = { kind: 'form', url: 'https://forms.example.org/report' };

const html = (element: ReactElement) => renderToStaticMarkup(element);
const text = (markup: string) =>
  hastText(fromHtml(markup, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
/** Every link target in the markup. */
const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
/** Words that promise a way to reach us: false on a page that gives none. */
const PROMISES_CONTACT = /mistake|report|email|contact|tell us|mailto:|form/i;

const footer = (contact: SiteContact | undefined) =>
  html(<ReviewDates lastReviewed="2026-12-06" nextReview="2027-12-06" path="/scars" contact={contact} />);

describe('the foot of every article', () => {
  it('links "Report a problem with this page" to an email with the page in the subject', () => {
    const markup = footer(email);
    expect(text(markup)).toContain('Found a mistake? Report a problem with this page');
    expect(hrefs(markup)).toEqual(['mailto:corrections@guide.example.org?subject=Problem%20on%20%2Fscars']);
  });

  it('links to a web form as it is', () => {
    expect(hrefs(footer(form))).toEqual(['https://forms.example.org/report']);
  });

  it('shows only the review dates when no route is set: no link, no promise', () => {
    const markup = footer(undefined);
    expect(hrefs(markup)).toEqual([]);
    expect(markup).not.toContain('report-problem');
    expect(text(markup)).not.toMatch(PROMISES_CONTACT);
  });

  it('is left off the printed page, where a link cannot be followed', () => {
    expect(html(<ReportPageProblem path="/scars" contact={email} />)).toContain('print:hidden');
  });
});

describe('<ReportProblem /> on /about', () => {
  it('shows the email address itself, so a reader without a mail app can copy it', () => {
    const markup = html(<ReportProblem contact={email} />);
    expect(text(markup)).toBe(
      'If you find a mistake on this site, please email us at corrections@guide.example.org. Tell us the page and what is wrong.',
    );
    expect(hrefs(markup)).toEqual(['mailto:corrections@guide.example.org']);
  });

  it('links to a web form as it is', () => {
    const markup = html(<ReportProblem contact={form} />);
    expect(text(markup)).toBe(
      'If you find a mistake on this site, please use our form to report a problem. Tell us the page and what is wrong.',
    );
    expect(hrefs(markup)).toEqual(['https://forms.example.org/report']);
  });

  it.each([email, form])('is plain English within the reading budget ($kind)', (contact) => {
    const stats = readability([text(html(<ReportProblem contact={contact} />))]);
    expect(stats.grade).toBeLessThanOrEqual(contentBudgets.maxGrade);
    expect(stats.longestSentence.words).toBeLessThanOrEqual(contentBudgets.maxSentenceWords);
  });

  it('takes no props in MDX, so no article can write in an address of its own', () => {
    expect(() =>
      parseArticleSource(mdx({}, '<ReportProblem contact="someone@example.org" />\n'), 'content/articles/x.mdx'),
    ).toThrow(/^content\/articles\/x\.mdx:\d+: <ReportProblem>: unknown prop "contact"$/);
  });
});

describe('the about page, rendered with the route SITE_CONTACT sets', () => {
  const file = 'content/articles/about.mdx';
  const source = fs.readFileSync(path.join(import.meta.dirname, '../..', file), 'utf8');
  const { citations } = parseArticle(source, file, getRegistry());

  /** about.mdx as the site renders it, after lib/site.ts has read this SITE_CONTACT. */
  async function renderAbout(contact: string | undefined): Promise<string> {
    vi.stubEnv('SITE_CONTACT', contact);
    vi.resetModules();
    const { renderMdx } = await import('../helpers/render-mdx');
    return renderMdx(source, citations);
  }

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('says how to report a mistake when a route is set', async () => {
    const markup = await renderAbout('corrections@guide.example.org');
    expect(text(markup)).toContain(
      'If you find a mistake on this site, please email us at corrections@guide.example.org.',
    );
    expect(hrefs(markup)).toContain('mailto:corrections@guide.example.org');
  });

  it('says nothing about reporting when none is set', async () => {
    const markup = await renderAbout(undefined);
    expect(markup).not.toContain('report-problem');
    expect(hrefs(markup).filter((href) => !href!.startsWith('/') && !href!.startsWith('#'))).toEqual([]);
    expect(text(markup)).not.toMatch(/email us|report a problem|mailto:/i);
  });
});
