import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { buildBreadcrumbs, buildNavigation, buildPrevNext } from '@/lib/pages/navigation';
import { article } from '../helpers/fixtures';

const fixtures = [
  article('index', { order: 0, group: 'start', navTitle: 'Home' }),
  article('collagen', { order: 10, group: 'what-it-is', navTitle: 'Collagen' }),
  article('scars', { order: 20, group: 'does-it-work', navTitle: 'Scars' }),
  article('wrinkles', { order: 21, group: 'does-it-work', navTitle: 'Wrinkles' }),
];

describe('navigation derived from articles', () => {
  it('groups articles in group order and leaves out empty groups', () => {
    expect(buildNavigation(fixtures).map((group) => [group.label, group.links.map((link) => link.href)])).toEqual([
      ['Start here', ['/']],
      ['What it is', ['/collagen']],
      ['Does it work?', ['/scars', '/wrinkles']],
    ]);
  });

  it('links each article to its neighbours, never to the home page', () => {
    expect(buildPrevNext(fixtures, 'collagen')).toEqual({ prev: undefined, next: { href: '/scars', label: 'Scars' } });
    expect(buildPrevNext(fixtures, 'wrinkles')).toEqual({ prev: { href: '/scars', label: 'Scars' }, next: undefined });
  });

  it('gives breadcrumbs from home to the page', () => {
    expect(buildBreadcrumbs(fixtures[2]!)).toEqual([
      { href: '/', label: 'Home' },
      { href: '/scars', label: 'Scars' },
    ]);
  });
});

describe('the site navigation', () => {
  const articles = getArticles();

  it('lists every article exactly once, grouped, and by order within each group', () => {
    const groups = buildNavigation(articles);
    const hrefs = groups.flatMap((group) => group.links.map((link) => link.href));
    expect(new Set(hrefs).size).toBe(articles.length);
    expect(hrefs).toHaveLength(articles.length);
    for (const group of groups) {
      const orders = group.links.map((link) => articles.find((a) => a.href === link.href)!.order);
      expect(orders, group.label).toEqual([...orders].sort((a, b) => a - b));
    }
    // The order a reader needs them in, written out here rather than read back from groupLabels.
    expect(groups.map((group) => group.id)).toEqual([
      'start',
      'what-it-is',
      'does-it-work',
      'is-it-safe',
      'deciding',
      'about',
    ]);
  });

  it('numbers articles in navigation order, so "Next" walks the menu from top to bottom', () => {
    const menu = buildNavigation(articles).flatMap((group) => group.links.map((link) => link.href));
    expect([...articles].sort((a, b) => a.order - b.order).map((article) => article.href)).toEqual(menu);
  });
});
