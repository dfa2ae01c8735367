import { describe, expect, it } from 'vitest';
import { FACTS_LAST_CHECKED } from '@/lib/pages/labels';
import { embedHtml } from '@/lib/publish/embed';
import { article } from '../helpers/fixtures';

describe('the embed card', () => {
  const html = embedHtml(article('scars', { lastReviewed: '2026-11-25' }));

  it('dates its facts in the words every page and the handout use', () => {
    expect(html).toContain(`${FACTS_LAST_CHECKED} <time datetime="2026-11-25">November 25, 2026</time>.`);
    expect(html).not.toMatch(/last reviewed/i);
  });
});
