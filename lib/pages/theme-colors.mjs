// @ts-check

/**
 * The site's colors by role, as app/globals.css sets its --color-<role> properties, for what is
 * styled outside that stylesheet: the embed card carries its own style (lib/pages/inline-code.mjs).
 * CSS cannot import this file, so tests/unit/theme-colors.test.ts fails when the two disagree.
 */
export const themeColors = {
  light: { page: '#fff', ink: '#18181b', muted: '#3f3f46', link: '#005986', line: '#d4d4d8', focus: '#b45309' },
  dark: { page: '#09090b', ink: '#f4f4f5', muted: '#d4d4d8', link: '#77d4ff', line: '#3f3f46', focus: '#f59e0b' },
};
