import { pageIds } from '@/lib/pages/page-ids';
import { evidenceLevelWords } from '@/lib/pages/evidence';
import type { OptionGrid } from '@/lib/content/option-grid';
import type { CiteComponent } from './cite';

export type OptionGridTableProps = { grid: OptionGrid; Cite: CiteComponent; pageUrl: string };

/**
 * The option grid as a real table: options are columns, questions are rows (th scope="row").
 * On a phone the table scrolls sideways inside a labelled region that takes keyboard focus,
 * while the question column stays in view. Printed, the page is a two-sheet landscape handout of
 * this table and the trade-offs list, with a line saying what stays online.
 */
export function OptionGridTable({ grid, Cite, pageUrl }: OptionGridTableProps) {
  return (
    <>
      {/* Printed, the page is the table and the trade-offs list (app/globals.css): say what stays online. */}
      <p className="grid-print-note">
        Printed from {pageUrl}. The web page also explains the types of acne scar, how we made this comparison and who
        wrote it, and lists the sources numbered in the table.
      </p>
      <div className="option-grid" role="region" aria-labelledby={pageIds.optionGridCaption} tabIndex={0}>
        <table>
          <caption id={pageIds.optionGridCaption}>
            Acne scar treatments compared: {grid.options.length} options (columns) and {grid.questions.length} questions
            (rows). <span className="grid-hint">On a narrow screen, scroll the table sideways.</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {grid.options.map((option) => (
                <th key={option.id} scope="col">
                  {option.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.questions.map((question) => (
              <tr key={question.id}>
                <th scope="row">{question.label}</th>
                {grid.options.map((option) => {
                  const cell = grid.cells[question.id]![option.id]!;
                  return (
                    <td key={option.id}>
                      {cell.evidence && <strong className="block">{evidenceLevelWords[cell.evidence]}.</strong>}
                      {cell.text}
                      {cell.cite.map((id) => (
                        <Cite key={id} id={id} />
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
