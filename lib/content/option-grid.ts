import fs from 'node:fs';
import { z } from 'zod';
import type { DataComponent } from './article-source';
import { displayPath, optionGridFile } from './paths';
import { getRegistry, type Registry } from './references';
import { evidenceLevel, kebabId as id } from './schemas';
import { ContentError, parseOrThrow, parseYaml } from './validation';

const text = z.string().trim().min(1, 'is required');
const cite = z.array(id);

const gridSchema = z.strictObject({
  /** When the literature search behind the grid was done, as YYYY-MM. */
  evidenceSearched: z.string().regex(/^\d{4}-\d{2}$/, 'expected a month YYYY-MM'),
  options: z.array(z.strictObject({ id, name: text.max(40) })).min(2),
  questions: z.array(z.strictObject({ id, label: text })).min(2),
  cells: z.record(z.string(), z.record(z.string(), z.strictObject({ text, cite, evidence: evidenceLevel.optional() }))),
  scarTypes: z.array(z.strictObject({ id, name: text, text, suits: z.array(id), cite })),
});

type GridData = z.output<typeof gridSchema>;
export type OptionGrid = GridData & {
  /** What each of the two components shows: its citations in page order, and the text a reader reads. */
  parts: Record<'scarTypes' | 'table', DataComponent>;
};

/** The MDX components that show the grid, and the part of it each shows. */
export const gridComponents = { OptionGrid: 'table', ScarTypes: 'scarTypes' } as const;

/** Does an article with these MDX components show the grid? */
export const showsOptionGrid = (components: { has(name: string): boolean }): boolean =>
  Object.keys(gridComponents).some((name) => components.has(name));

/** The row on which each cell also says how sure the evidence is, in the site's four words. */
const EVIDENCE_ROW = 'improvement';

/**
 * Reads and checks an option grid: every option answers every question, every citation is in the
 * registry, scar types name real options, and only the evidence row carries an evidence level.
 * Problems throw a ContentError naming the file and the cell.
 */
export function parseOptionGrid(source: string, file: string, registry: Registry): OptionGrid {
  const data = parseYaml(source, file);
  const grid = parseOrThrow(gridSchema, data, file);
  const optionIds = grid.options.map((option) => option.id);
  const problems: string[] = [];
  const checkCites = (where: string, ids: readonly string[]) => {
    for (const ref of ids)
      if (!registry.has(ref)) problems.push(`${file}: ${where}: no reference "${ref}" in content/references.yaml`);
  };

  for (const question of grid.questions) {
    const row = grid.cells[question.id];
    if (!row) {
      problems.push(`${file}: cells.${question.id}: the question has no answers`);
      continue;
    }
    for (const option of optionIds) {
      const cell = row[option];
      if (!cell) problems.push(`${file}: cells.${question.id}.${option}: missing`);
      else {
        checkCites(`cells.${question.id}.${option}.cite`, cell.cite);
        if ((question.id === EVIDENCE_ROW) !== (cell.evidence !== undefined)) {
          problems.push(
            `${file}: cells.${question.id}.${option}.evidence: only the ${EVIDENCE_ROW} row, and all of it, has one`,
          );
        }
      }
    }
    for (const extra of Object.keys(row).filter((key) => !optionIds.includes(key))) {
      problems.push(`${file}: cells.${question.id}.${extra}: not one of the options`);
    }
  }
  for (const extra of Object.keys(grid.cells).filter((key) => !grid.questions.some((q) => q.id === key))) {
    problems.push(`${file}: cells.${extra}: not one of the questions`);
  }
  for (const type of grid.scarTypes) {
    checkCites(`scarTypes.${type.id}.cite`, type.cite);
    for (const option of type.suits.filter((suit) => !optionIds.includes(suit))) {
      problems.push(`${file}: scarTypes.${type.id}.suits: "${option}" is not one of the options`);
    }
  }
  if (problems.length > 0) throw new ContentError(problems.join('\n'));

  const unique = (ids: string[]) => [...new Set(ids)];
  const cells = grid.questions.flatMap((question) => optionIds.map((option) => grid.cells[question.id]![option]!));
  return {
    ...grid,
    parts: {
      scarTypes: {
        citations: unique(grid.scarTypes.flatMap((type) => type.cite)),
        prose: grid.scarTypes.map((type) => type.text),
      },
      // Row by row, option by option: the order of the table's cells on the page.
      table: { citations: unique(cells.flatMap((cell) => cell.cite)), prose: cells.map((cell) => cell.text) },
    },
  };
}

/** One grid per registry it was checked against: a grid cached for one registry is no proof for another. */
const cached = new WeakMap<Registry, OptionGrid>();

/** The acne-scar option grid (content/acne-scar-grid.yaml), read once per process and registry. */
export function getAcneScarGrid(registry: Registry = getRegistry()): OptionGrid {
  let grid = cached.get(registry);
  if (!grid) {
    grid = parseOptionGrid(fs.readFileSync(optionGridFile, 'utf8'), displayPath(optionGridFile), registry);
    cached.set(registry, grid);
  }
  return grid;
}
