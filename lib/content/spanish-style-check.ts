import { z } from 'zod';
import { parseArticleSource } from './article-source';
import type { SpanishStyle, StyleRuleId, Term } from './spanish-style';
import {
  bracketSpans,
  escapeRegExp,
  findAll,
  findPhrase,
  insideBrackets,
  NOT_AFTER_WORD,
  NOT_BEFORE_WORD,
  type Found,
} from './spanish-text';

type Problem = { rule: StyleRuleId; phrase: string; message: string; index: number };

const problem = (rule: StyleRuleId, found: Found, advice: string): Problem => ({
  rule,
  phrase: found.text,
  message: `${rule}: "${found.text}": ${advice}`,
  index: found.index,
});

/** The Spanish forms of a term the checker looks for. */
const formsOf = (term: Term) => [term.es, ...term.forms];

/** All matches of several phrases, in text order. */
const findEach = (text: string, phrases: readonly string[]) =>
  phrases.flatMap((phrase) => findPhrase(text, phrase)).sort((a, b) => a.index - b.index);

function avoidedVariants(text: string, style: SpanishStyle): Problem[] {
  return style.terms.flatMap((term) =>
    term.avoid.flatMap((variant) =>
      findPhrase(text, variant.text).map((found) =>
        problem('avoid-variant', found, `write "${variant.use ?? term.es}" (${term.en}): ${variant.why}`),
      ),
    ),
  );
}

function calques(text: string, style: SpanishStyle): Problem[] {
  return style.calques.flatMap((calque) =>
    findPhrase(text, calque.text).map((found) => problem('calque', found, `write ${calque.use}: ${calque.why}`)),
  );
}

function englishLeftovers(text: string, style: SpanishStyle): Problem[] {
  const spans = bracketSpans(text);
  return style.terms.flatMap((term) => {
    const where = term.bracket ? `; the English name goes only in brackets, the first time: "${term.es} (${term.bracket})"` : '';
    return findEach(text, term.english)
      .filter((found) => !insideBrackets(spans, found))
      .map((found) => problem('english-leftover', found, `English outside brackets: write "${term.es}"${where}`));
  });
}

/**
 * The first use of a term with a bracket or an acronym must carry it: the earliest of the term's
 * forms (and the acronym alone) must be followed by "(bracket)", after a closing » for a quoted name.
 */
function firstUses(text: string, style: SpanishStyle): Problem[] {
  return style.terms.flatMap((term) => {
    const inBrackets = term.bracket ?? term.acronym;
    if (!inBrackets) return [];
    const first = findEach(text, [...formsOf(term), ...(term.acronym ? [term.acronym] : [])])[0];
    if (!first) return [];
    const after = new RegExp(String.raw`^»?\s*\(\s*${escapeRegExp(inBrackets)}\s*\)`, 'iu');
    const isAcronym = first.text.toLowerCase() === term.acronym?.toLowerCase();
    if (!isAcronym && after.test(text.slice(first.end))) return [];
    const written = isAcronym ? term.es : first.text;
    const shown = term.quoted ? `«${written}»` : written;
    return [problem('first-use', first, `the first use must read "${shown} (${inBrackets})"`)];
  });
}

function quotedNames(text: string, style: SpanishStyle): Problem[] {
  return style.terms
    .filter((term) => term.quoted)
    .flatMap((term) =>
      findEach(text, formsOf(term))
        .filter((found) => text[found.index - 1] !== '«' || text[found.end] !== '»')
        .map((found) => problem('quoted-name', found, `a marketing name, always inside « »: «${found.text}»`)),
    );
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
/** The usted form, capitalized as the tú form was. */
const likeCase = (usted: string, written: string) =>
  written.charAt(0) === written.charAt(0).toUpperCase() ? capitalized(usted) : usted;

/**
 * tú forms: the listed words anywhere (exactly, or capitalized at a sentence start, so "OS" or
 * "TI" are not read as "os" or "ti"), and the listed imperatives only where they open a sentence,
 * a line or an exclamation and precede a word that rules out the noun ("una pregunta"). A
 * question is not an opening: "¿Toma la pastilla?" is the usted present tense.
 */
function tuForms(text: string, style: SpanishStyle): Problem[] {
  const { words, imperatives } = style.usted;
  const ustedOf = new Map(words.map((pair) => [pair.tu.toLowerCase(), pair.usted]));
  const spellings = words.flatMap((pair) => [pair.tu, capitalized(pair.tu)]).map(escapeRegExp);
  const anywhere = findAll(text, `${NOT_AFTER_WORD}(?:${spellings.join('|')})${NOT_BEFORE_WORD}`, 'u').map((found) =>
    problem('usted', found, `a tú form: write "${likeCase(ustedOf.get(found.text.toLowerCase())!, found.text)}" (usted)`),
  );

  const imperativeOf = new Map(imperatives.words.map((pair) => [pair.tu.toLowerCase(), pair.usted]));
  const opening = String.raw`(?:^|(?<=[.!?…]["»”’)]*\s+)|(?<=¡))`;
  const verbs = imperatives.words.map((pair) => escapeRegExp(pair.tu)).join('|');
  const next = imperatives.before.map(escapeRegExp).join('|');
  const atStart = findAll(text, `${opening}(?:${verbs})(?=\\s+(?:${next})${NOT_BEFORE_WORD})`, 'imu').map((found) =>
    problem(
      'usted',
      found,
      `a tú imperative: write "${likeCase(imperativeOf.get(found.text.toLowerCase())!, found.text)}" (usted)`,
    ),
  );
  return [...anywhere, ...atStart];
}

const SPANISH_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const CAPITALIZED_MONTHS = SPANISH_MONTHS.split('|').map(capitalized).join('|');
const EXAMPLE_DATE = '8 de diciembre de 2026';

function dates(text: string): Problem[] {
  const patterns: [string, string, string][] = [
    [`${NOT_AFTER_WORD}(?:${ENGLISH_MONTHS})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?${NOT_BEFORE_WORD}`, 'u', `an English month; write "${EXAMPLE_DATE}"`],
    [`${NOT_AFTER_WORD}(?:${SPANISH_MONTHS})\\s+\\d{1,2}(?:,\\s*|\\s+de\\s+)\\d{4}`, 'iu', `the day goes first: "${EXAMPLE_DATE}"`],
    [`\\d{1,2}\\s+de\\s+(?:${CAPITALIZED_MONTHS})${NOT_BEFORE_WORD}`, 'u', `months are lowercase: "${EXAMPLE_DATE}"`],
    [`${NOT_AFTER_WORD}(?:${SPANISH_MONTHS}),\\s*\\d{4}`, 'iu', `no comma before the year: "${EXAMPLE_DATE}"`],
    [String.raw`(?<![\d/-]|\d\.)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?![\d/-]|\.\d)`, 'u', `a date in numbers reads day-first to some readers and month-first to others; write "${EXAMPLE_DATE}"`],
  ];
  return patterns.flatMap(([pattern, flags, advice]) => findAll(text, pattern, flags).map((found) => problem('date-format', found, advice)));
}

function numbers(text: string, style: SpanishStyle): Problem[] {
  const thousands = 'reads as a thousand in one country and as a decimal in another; write 1500, or 14 800 for five digits';
  const decimalComma = findAll(text, String.raw`(?<![\d.,])\d+,\d+(?![\d,])`, 'u').map((found) =>
    /,\d{3}$/.test(found.text)
      ? problem('decimal-point', found, `a comma before three digits ${thousands}`)
      : problem('decimal-point', found, `a decimal comma: write "${found.text.replace(',', '.')}"`),
  );
  const pointThousands = findAll(text, String.raw`(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,])`, 'u').map((found) =>
    problem('decimal-point', found, `a point before three digits ${thousands}`),
  );
  const units = style.units.map(escapeRegExp).join('|');
  const unitSpacing = findAll(text, String.raw`(?<![\p{L}\d.,])\d+(?:\.\d+)?(?:%|(?:${units})${NOT_BEFORE_WORD})`, 'u').map((found) => {
    const spaced = found.text.replace(/^([\d.]+)/, '$1 ');
    return problem('unit-spacing', found, `put a space before the unit: "${spaced}"`);
  });
  return [...decimalComma, ...pointThousands, ...unitSpacing];
}

/**
 * The style sheet's rules applied to a Spanish text: each problem names its rule and the phrase.
 * `firstUse` is for running text read from its start (a page's key points and body); titles,
 * headings and questions are labels, where a term need not be introduced.
 */
export function checkSpanishStyle(text: string, style: SpanishStyle, { firstUse = true } = {}) {
  return [
    ...avoidedVariants(text, style),
    ...calques(text, style),
    ...englishLeftovers(text, style),
    ...(firstUse ? firstUses(text, style) : []),
    ...quotedNames(text, style),
    ...tuForms(text, style),
    ...dates(text),
    ...numbers(text, style),
  ]
    .sort((a, b) => a.index - b.index)
    .map(({ rule, phrase, message }) => ({ rule, phrase, message }));
}

/**
 * The frontmatter fields a reader reads, taken loosely: the Spanish frontmatter schema is not
 * written yet, and validating it is the loader's job, not the style check's.
 */
const pageFields = z.looseObject({
  title: z.string().optional(),
  navTitle: z.string().optional(),
  description: z.string().optional(),
  keyPoints: z.array(z.string()).optional(),
  evidence: z.looseObject({ summary: z.string().optional() }).optional(),
});

/**
 * Every style problem in a Spanish article's MDX, as "file: rule: "phrase": advice" lines, each
 * once. The running text (key points, the verdict, then the body's prose in order) is checked as
 * one text, so a term is introduced once per page; labels (title, description, headings, FAQ
 * questions, glossary terms) are checked on their own, without the first-use rule.
 */
export function spanishPageProblems(source: string, file: string, style: SpanishStyle): string[] {
  const page = parseArticleSource(source, file);
  const parsed = pageFields.safeParse(page.frontmatter);
  const fields = parsed.success ? parsed.data : {};
  const labels = [
    fields.title,
    fields.navTitle,
    fields.description,
    ...page.headings.map((heading) => heading.text),
    ...page.faq.map((entry) => entry.question),
    ...page.glossary.map((entry) => entry.term),
  ].filter((label): label is string => Boolean(label));
  const running = [...(fields.keyPoints ?? []), fields.evidence?.summary ?? '', ...page.proseAsWritten]
    .filter(Boolean)
    .join('\n');
  const problems = [
    ...labels.flatMap((label) => checkSpanishStyle(label, style, { firstUse: false })),
    ...checkSpanishStyle(running, style),
  ];
  return [...new Set(problems.map((found) => `${file}: ${found.message}`))];
}
