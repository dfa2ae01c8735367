import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedCardStyle } from '@/lib/pages/inline-code.mjs';
import { themeColors } from '@/lib/pages/theme-colors.mjs';

type Scheme = keyof typeof themeColors;
type Role = keyof (typeof themeColors)['light'];

const css = fs.readFileSync('app/globals.css', 'utf8');

/** The --color-<role> properties set in one block of the stylesheet. */
function colorProperties(block: string | undefined): Map<string, string> {
  expect(block, 'block not found in app/globals.css').toBeDefined();
  return new Map(
    [...block!.matchAll(/--color-([\w-]+):\s*([^;]+);/g)].map(([, role, value]) => [role!, value!.trim()]),
  );
}

const light = colorProperties(/@theme\s*\{([^}]*)\}/.exec(css)?.[1]);
/** The dark scheme sets only what differs; the rest stays as in light (the focus ring, say). */
const dark = new Map([
  ...light,
  ...colorProperties(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1]),
]);
const stylesheet: Record<Scheme, Map<string, string>> = { light, dark };

/** WCAG 2.2 relative luminance of an sRGB hex color (#rgb or #rrggbb). */
function luminance(hex: string): number {
  const digits = hex.slice(1).length === 3 ? [...hex.slice(1)].map((d) => d + d) : hex.slice(1).match(/../g)!;
  const [r, g, b] = digits.map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.2 contrast ratio of two colors. */
function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

describe('the theme colors outside the stylesheet', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`are the stylesheet's own in ${scheme} mode`, () => {
      for (const [role, value] of Object.entries(themeColors[scheme])) {
        expect(value, `--color-${role}`).toBe(stylesheet[scheme].get(role));
      }
    });
  }

  it('are the only colors the embed card uses', () => {
    const used = new Set(embedCardStyle.match(/#[0-9a-f]{3,8}\b/gi));
    const known = new Set(Object.values(themeColors).flatMap((colors) => Object.values(colors)));
    expect([...used].filter((color) => !known.has(color))).toEqual([]);
  });

  // The card's text is 17 px and its source line about 14 px: normal text, so 4.5:1 (WCAG 1.4.3).
  const textRoles: Role[] = ['ink', 'muted', 'link'];
  for (const scheme of ['light', 'dark'] as const) {
    it(`give the embed card's text AA contrast in ${scheme} mode`, () => {
      const colors = themeColors[scheme];
      for (const role of textRoles) {
        expect(contrast(colors[role], colors.page), `${role} on page`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

describe('the focus ring', () => {
  // A focus indicator is a state a keyboard user must see: 3:1 against what surrounds it (WCAG 1.4.11).
  for (const scheme of ['light', 'dark'] as const) {
    it(`stands out 3:1 from the page and its tinted boxes in ${scheme} mode`, () => {
      const colors = stylesheet[scheme];
      const focus = colors.get('focus')!;
      for (const role of ['page', 'surface', 'well', 'tint', 'important-tint', 'help-tint', 'note-tint']) {
        expect(contrast(focus, colors.get(role)!), `focus on ${role}`).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('stands out 3:1 from the header banner, which sets its own ring', () => {
    const headerFocus = /\.site-header\s*\{[^}]*--color-focus:\s*([^;]+);/.exec(css)?.[1]?.trim();
    expect(headerFocus, '.site-header sets --color-focus').toBeDefined();
    for (const scheme of ['light', 'dark'] as const) {
      expect(
        contrast(headerFocus!, stylesheet[scheme].get('banner')!),
        `header ring in ${scheme}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });
});
