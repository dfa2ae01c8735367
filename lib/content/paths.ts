import path from 'node:path';

/** Content lives beside the app; `next build`, Vitest and scripts all run from the project root. */
const contentDir = path.join(process.cwd(), 'content');
export const articlesDir = path.join(contentDir, 'articles');
export const registryFile = path.join(contentDir, 'references.yaml');
/** The acne-scar option grid: its cells are data, shown by the OptionGrid component. */
export const optionGridFile = path.join(contentDir, 'acne-scar-grid.yaml');
/** The Spanish edition's glossary and style sheet: its terms, fixed rules and translation note. */
export const spanishStyleFile = path.join(contentDir, 'es', 'style.yaml');

/** A path as people read it in error messages: relative to the project root. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
