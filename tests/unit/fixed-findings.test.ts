import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/content/articles';
import { getAcneScarGrid } from '@/lib/content/option-grid';
import { getRegistry } from '@/lib/content/references';
import { checkFinding, parseFindings, siteOf } from '../helpers/fixed-findings';

const TABLE = 'tests/fixed-findings.yaml';
/** The fact-check reports live outside the project; CI runs with ../shared beside it. */
const REPORTS = path.join(process.cwd(), '..', 'shared', 'reviews');

const { findings, problems } = parseFindings(fs.readFileSync(TABLE, 'utf8'), TABLE);

/** Each fact-check report (oldest first) with its findings' ids and classes, from headings like `### F1 — OVERSTATED (moderate)`. */
function readReports(): { file: string; classes: Map<string, string> }[] {
  if (!fs.existsSync(REPORTS)) {
    throw new Error(`${REPORTS} is missing: the fact-check reports (fact-check-*.md) must sit in ../shared/reviews`);
  }
  const files = fs
    .readdirSync(REPORTS)
    .filter((file) => /^fact-check-\d{4}-\d{2}-\d{2}\.md$/.test(file))
    .sort();
  return files.map((file) => {
    const text = fs.readFileSync(path.join(REPORTS, file), 'utf8');
    const headings = text.matchAll(/^### ([FNR]\d+)\b(?:\s+—\s+([A-Z]+))?/gm);
    return { file, classes: new Map([...headings].map(([, id, findingClass]) => [id!, findingClass ?? ''])) };
  });
}

describe(`the table of fixed findings (${TABLE})`, () => {
  it('has only well-formed rows', () => {
    expect(problems).toEqual([]);
  });

  it('lists each finding once', () => {
    const ids = findings.map((finding) => finding.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has a row for every finding of every fact-check but the newest, whose findings may still be open', () => {
    const reports = readReports();
    expect(reports.length, `no fact-check-*.md in ${REPORTS}`).toBeGreaterThan(1);
    const due = reports.slice(0, -1).flatMap((report) => [...report.classes.keys()]);
    expect(due.length, 'no "### F1 — CLASS" headings found in the older reports').toBeGreaterThan(0);
    const listed = new Set(findings.map((finding) => finding.id));
    expect(due.filter((id) => !listed.has(id))).toEqual([]);
  });

  it("names each finding's report and class as the report does", () => {
    const reports = new Map(readReports().map((report) => [report.file, report.classes]));
    const wrong = findings.flatMap((finding) => {
      const classes = reports.get(finding.report);
      if (!classes?.has(finding.id)) return [`${finding.id}: no "### ${finding.id}" heading in ${finding.report}`];
      const heading = classes.get(finding.id);
      return heading === finding.class
        ? []
        : [`${finding.id}: class ${finding.class}, but ${finding.report} says ${heading}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('each fixed finding stays fixed', () => {
  const site = siteOf(getArticles(), getRegistry(), getAcneScarGrid());

  it.each(findings.map((finding) => [`${finding.id} (${finding.class}): ${finding.summary}`, finding] as const))(
    '%s',
    (_, finding) => {
      expect(checkFinding(finding, site)).toEqual([]);
    },
  );
});
