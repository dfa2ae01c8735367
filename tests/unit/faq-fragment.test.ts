import { describe, expect, it } from 'vitest';
import { faqOpenerScript } from '@/lib/pages/inline-code.mjs';

/**
 * Safari does not open a closed <details> for a URL fragment inside it; FaqFragmentOpener's inline
 * script does. Chromium (the e2e browser) opens it natively, so the script is run here against a
 * minimal stand-in for the DOM.
 */
function run(hash: string) {
  const details = { open: false };
  const scrolled: string[] = [];
  const listeners: Record<string, () => void> = {};
  const answer = { closest: () => details, scrollIntoView: () => scrolled.push('older-people') };
  const document = { getElementById: (id: string) => (id === 'older-people' ? answer : null) };
  const location = { hash };
  const addEventListener = (type: string, listener: () => void) => (listeners[type] = listener);
  new Function('document', 'location', 'addEventListener', faqOpenerScript)(document, location, addEventListener);
  return { details, scrolled, location, listeners };
}

describe('the FAQ fragment opener (Safari fallback)', () => {
  it('opens the answer the fragment names and scrolls to it', () => {
    const { details, scrolled } = run('#older-people');
    expect(details.open).toBe(true);
    expect(scrolled).toEqual(['older-people']);
  });

  it('opens an answer when the fragment changes later', () => {
    const page = run('');
    expect(page.details.open).toBe(false);
    page.location.hash = '#older-people';
    page.listeners.hashchange!();
    expect(page.details.open).toBe(true);
  });

  it('ignores an unknown or badly encoded fragment without throwing', () => {
    expect(run('#no-such-answer').details.open).toBe(false);
    expect(() => run('#%E0%A4%A')).not.toThrow();
  });
});
