import fs from 'node:fs';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { getArticle } from '@/lib/content/articles';
import { spanishStyleFile } from '@/lib/content/paths';
import { getSpanishStyle, parseSpanishStyle, styleRuleIds } from '@/lib/content/spanish-style';
import { checkSpanishStyle } from '@/lib/content/spanish-style-check';

const FILE = 'content/es/style.yaml';

// A loose shape on purpose: each test breaks the file in its own way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The real style sheet, changed in one place. */
function styleWith(change: (data: Loose) => void) {
  const data = YAML.parse(fs.readFileSync(spanishStyleFile, 'utf8')) as Loose;
  change(data);
  return () => parseSpanishStyle(YAML.stringify(data), FILE);
}

describe('the Spanish style sheet (content/es/style.yaml)', () => {
  const style = getSpanishStyle();

  it('gives one Spanish term for each term the English glossary defines, under the same id', () => {
    const glossary = getArticle('glossary')!.glossary.map((entry) => entry.id);
    const ids = new Set(style.terms.map((term) => term.id));
    expect(glossary.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('describes every rule the checker reports, and its examples hold: the good one passes, the bad one fails that rule', () => {
    expect(Object.keys(style.rules).sort()).toEqual([...styleRuleIds].sort());
    for (const [id, rule] of Object.entries(style.rules)) {
      expect(checkSpanishStyle(rule.good, style), `${id}: good example`).toEqual([]);
      expect(
        checkSpanishStyle(rule.bad, style).map((problem) => problem.rule),
        `${id}: bad example`,
      ).toContain(id);
    }
  });

  it('writes its translation note in the style it sets', () => {
    const facts: Record<string, string> = {
      englishLink: style.translationNote.englishLinkText,
      englishReviewed: '2 de diciembre de 2026',
      translatedBy: 'Ana Pérez',
      checkedBy: 'Ana Pérez',
      debriefed: '10 de enero de 2027',
      readers: '6',
      contact: 'correcciones@example.org',
    };
    const note = style.translationNote.sentences
      .map((sentence) => sentence.text.replace(/\{(\w+)\}/g, (_, name: string) => facts[name]!))
      .join(' ');
    expect(checkSpanishStyle(note, style)).toEqual([]);
  });

  it('keeps English leftovers apart from the Spanish: HIV is a variant to avoid, melasma is Spanish too', () => {
    const english = (id: string) => style.terms.find((term) => term.id === id)?.english;
    expect(english('downtime')).toEqual(['downtime']);
    expect(english('hiv')).toEqual([]);
    expect(english('melasma')).toEqual([]);
  });
});

describe('what the style sheet must say', () => {
  it('rejects an unknown key, naming the file and the field', () => {
    expect(styleWith((data) => (data.terms.downtime.spanish = 'x'))).toThrow(
      `${FILE}: terms.downtime: Unrecognized key: "spanish"`,
    );
  });

  it('rejects a term without its Spanish', () => {
    expect(styleWith((data) => delete data.terms.downtime.es)).toThrow(`${FILE}: terms.downtime.es: is required`);
  });

  it('rejects a citation of a source it does not list', () => {
    expect(styleWith((data) => (data.terms.downtime.sources = ['made-up-page']))).toThrow(
      `${FILE}: terms.downtime.sources: no source "made-up-page" under sources`,
    );
  });

  it('rejects a source that nothing cites', () => {
    expect(
      styleWith((data) => (data.sources['unused-page'] = { ...data.sources['fda-sunscreen-es'], title: 'Unused' })),
    ).toThrow(`${FILE}: sources.unused-page: not cited by any term, calque or rule`);
  });

  it('requires a thin-source note when no source is a federal page or a copy of one', () => {
    expect(styleWith((data) => delete data.terms.downtime.thin)).toThrow(
      `${FILE}: terms.downtime.thin: required: none of its sources is a federal page or a copy of one`,
    );
  });

  it('rejects a source with neither an address nor a place in the research notes', () => {
    expect(styleWith((data) => delete data.sources['fda-sunscreen-es'].url)).toThrow(
      `${FILE}: sources.fda-sunscreen-es: needs a url, or notes saying where the research notes cite it`,
    );
  });

  it('rejects a variant to avoid that would flag the Spanish term itself', () => {
    expect(styleWith((data) => data.terms.downtime.avoid.push({ text: 'recuperación', why: 'a test' }))).toThrow(
      `${FILE}: terms.downtime.avoid.1.text: "recuperación" would flag the Spanish "tiempo de recuperación"`,
    );
  });

  it('rejects a term with both an English name in brackets and an acronym', () => {
    expect(styleWith((data) => (data.terms.microneedling.acronym = 'MN'))).toThrow(
      `${FILE}: terms.microneedling.acronym: a term has a bracket (an English name) or an acronym, not both`,
    );
  });

  it('requires a description of every rule the checker reports', () => {
    expect(styleWith((data) => delete data.rules['date-format'])).toThrow(`${FILE}: rules.date-format:`);
  });

  it('refuses a translation note that claims a review no data can prove', () => {
    expect(
      styleWith((data) =>
        data.translationNote.sentences.push({ when: 'always', text: 'Es una traducción profesional.' }),
      ),
    ).toThrow(`${FILE}: translationNote.sentences.7.text: claims "traducción profesional"`);
    expect(
      styleWith((data) => (data.translationNote.sentences[5].text = 'La página fue revisada por médicos.')),
    ).toThrow(`${FILE}: translationNote.sentences.5.text: claims "revisada por médicos"`);
  });

  it('lets each note sentence name only the facts its condition has', () => {
    expect(
      styleWith((data) => (data.translationNote.sentences[1].text = 'La tradujo {translatedBy} con una máquina.')),
    ).toThrow(
      `${FILE}: translationNote.sentences.1.text: {translatedBy} is not a fact a "machine-assisted" sentence can name`,
    );
  });

  it('requires the sentence that says no clinician has reviewed the page', () => {
    expect(
      styleWith(
        (data) =>
          (data.translationNote.sentences = data.translationNote.sentences.filter(
            (sentence: Loose) => sentence.when !== 'not-clinician-reviewed',
          )),
      ),
    ).toThrow(`${FILE}: translationNote.sentences: needs a sentence for "not-clinician-reviewed"`);
  });

  it('rejects YAML with a key twice', () => {
    const text = fs.readFileSync(spanishStyleFile, 'utf8');
    expect(() => parseSpanishStyle(`${text}\nunits: [mm]\n`, FILE)).toThrow(`${FILE}: Map keys must be unique`);
  });
});
