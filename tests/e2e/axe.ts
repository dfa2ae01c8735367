import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 AA rule set the site is held to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeWindow = { axe?: typeof axe };

/**
 * axe-core's violations on the page as it is now (after any viewport or colour-scheme change),
 * one line per rule. axe is injected once per page load and run in place: about four times
 * faster per scan than @axe-core/playwright, which re-injects and reruns across frames each
 * time. Frames are scanned where they are pages of their own (the embed cards).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) =>
      (window as AxeWindow).axe!.run(document, {
        runOnly: { type: 'tag', values: tags },
        // Only violations are reported; skipping the passes makes each scan faster.
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
        .join(' | ')}`,
  );
}
