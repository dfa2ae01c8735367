import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/content/articles';
import { getAcneScarGrid, parseOptionGrid } from '@/lib/content/option-grid';
import { registry } from '../helpers/fixtures';

const KANG = 'kang-2022-mn-prp-acne-meta';
const NHS = 'nhs-choosing-practitioner';
const cell = (text: string, cite = [KANG], evidence?: string) => ({ text, cite, ...(evidence ? { evidence } : {}) });

/** A two-by-two grid that passes; tests break one thing at a time. */
// A loose shape on purpose: each test breaks the file in its own way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

function grid(change: (data: Loose) => void = () => {}) {
  const data: Loose = {
    evidenceSearched: '2026-11',
    options: [
      { id: 'needling', name: 'Microneedling' },
      { id: 'laser', name: 'Laser' },
    ],
    questions: [
      { id: 'suits', label: 'Which scars it suits' },
      { id: 'improvement', label: 'How sure we are' },
    ],
    cells: {
      suits: { needling: cell('Rolling scars.'), laser: cell('Boxcar scars.', [NHS]) },
      improvement: { needling: cell('A little.', [KANG], 'some'), laser: cell('Unknown.', [], 'none') },
    },
    scarTypes: [{ id: 'rolling', name: 'Rolling scars', text: 'Wavy dips.', suits: ['needling'], cite: [NHS] }],
  };
  change(data);
  return () => parseOptionGrid(YAML.stringify(data), 'content/acne-scar-grid.yaml', registry);
}

describe('the option grid file', () => {
  it('gives citations in page order: scar types, then the table row by row', () => {
    const parsed = grid()();
    expect(parsed.parts.scarTypes.citations).toEqual([NHS]);
    expect(parsed.parts.table.citations).toEqual([KANG, NHS]);
    expect(parsed.parts.table.prose).toEqual(['Rolling scars.', 'Boxcar scars.', 'A little.', 'Unknown.']);
  });

  it('rejects a missing cell, naming it', () => {
    expect(grid((data) => delete data.cells.suits.laser)).toThrow(
      'content/acne-scar-grid.yaml: cells.suits.laser: missing',
    );
  });

  it('rejects a citation that is not in the registry', () => {
    expect(grid((data) => (data.cells.suits.laser.cite = ['made-up-2020']))).toThrow(
      'cells.suits.laser.cite: no reference "made-up-2020" in content/references.yaml',
    );
  });

  it('keeps evidence words to the evidence row, and requires them there', () => {
    expect(grid((data) => (data.cells.suits.laser.evidence = 'good'))).toThrow('cells.suits.laser.evidence');
    expect(grid((data) => delete data.cells.improvement.laser.evidence)).toThrow('cells.improvement.laser.evidence');
  });

  it('rejects a scar type that suits an option the grid does not have', () => {
    expect(grid((data) => data.scarTypes[0].suits.push('punch'))).toThrow(
      'scarTypes.rolling.suits: "punch" is not one of the options',
    );
  });

  it('rejects a cell with no text', () => {
    expect(grid((data) => (data.cells.suits.laser.text = ''))).toThrow('cells.suits.laser.text: is required');
  });
});

describe('the published acne-scar grid', () => {
  it('is checked again against another registry, not served from the first one cached', () => {
    expect(getAcneScarGrid()).toBe(getAcneScarGrid());
    // The test registry holds two sources; the real grid cites dozens more.
    expect(() => getAcneScarGrid(registry)).toThrow('content/acne-scar-grid.yaml: cells.');
  });

  const published = getAcneScarGrid();

  it('compares at least 8 options on at least 8 questions', () => {
    expect(published.options.length).toBeGreaterThanOrEqual(8);
    expect(published.questions.length).toBeGreaterThanOrEqual(8);
  });

  it('says in words when a cell has no source', () => {
    const uncited = published.questions.flatMap((question) =>
      Object.entries(published.cells[question.id]!)
        .filter(([, entry]) => entry.cite.length === 0)
        .map(([option, entry]) => `${question.id}.${option}: ${entry.text}`),
    );
    for (const line of uncited)
      expect(line).toMatch(
        /not known|not reported|no (reliable )?(cost )?data|we found no|no study|little data|costs nothing|not studied/i,
      );
  });

  it('numbers its citations on the page that shows it', () => {
    const page = getArticle('acne-scar-treatments')!;
    expect(page.citations).toEqual(expect.arrayContaining([...published.parts.table.citations]));
  });
});
