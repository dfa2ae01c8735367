import { describe, expect, it } from 'vitest';
import { getSpanishStyle } from '@/lib/content/spanish-style';
import { checkSpanishStyle, spanishPageProblems } from '@/lib/content/spanish-style-check';

const style = getSpanishStyle();
const messages = (text: string, options?: { firstUse?: boolean }) =>
  checkSpanishStyle(text, style, options).map((problem) => problem.message);

/** Each rule passes a good sentence and fails a bad one, and the message names the rule and the phrase. */
describe('the Spanish style checker', () => {
  it('avoid-variant: a variant the glossary lists, with what to write and why', () => {
    expect(messages('Planee una semana de tiempo de recuperación.')).toEqual([]);
    expect(messages('Planee una semana de tiempo de inactividad.')).toEqual([
      'avoid-variant: "tiempo de inactividad": write "tiempo de recuperación" (downtime): a calque of "downtime", seen in translated clinic copy',
    ]);
    expect(messages('Hágase la prueba del VIH.')).toEqual([]);
    expect(messages('Hágase la prueba del HIV.')).toEqual([
      'avoid-variant: "HIV": write "VIH" (HIV): the English acronym; the CDC\'s and the NIH\'s Spanish pages write VIH',
    ]);
  });

  it('avoid-variant: "la FDA", and its Spanish name, never the one with "drogas"', () => {
    expect(
      messages('La Administración de Alimentos y Medicamentos (FDA) regula los dispositivos. La FDA los autoriza.'),
    ).toEqual([]);
    // The wrong name leaves the acronym unintroduced, so the first use is flagged too.
    expect(messages('La Administración de Drogas y Alimentos (FDA) regula los dispositivos.')).toEqual([
      expect.stringMatching(
        /^avoid-variant: "Administración de Drogas y Alimentos": write "Administración de Alimentos y Medicamentos"/,
      ),
      'first-use: "FDA": the first use must read "Administración de Alimentos y Medicamentos (FDA)"',
    ]);
    expect(messages('El FDA los autoriza.', { firstUse: false })).toEqual([
      'avoid-variant: "El FDA": write "la FDA" (Food and Drug Administration): the FDA is "la FDA", after "la Administración"',
    ]);
  });

  it('calque: "severo", "es efectivo", "aplicar para", but not "pagar en efectivo"', () => {
    expect(messages('El dolor intenso es raro. El tratamiento es eficaz. Puede pagar en efectivo.')).toEqual([]);
    expect(messages('El dolor severo es raro.')).toEqual([
      expect.stringMatching(/^calque: "severo": write grave \(an illness\), intenso or fuerte/),
    ]);
    expect(messages('El tratamiento es efectivo.')).toEqual([
      expect.stringMatching(/^calque: "es efectivo": write es eficaz/),
    ]);
    expect(messages('Puede aplicar para un reembolso.')).toEqual([
      expect.stringMatching(/^calque: "aplicar para": write solicitar/),
    ]);
  });

  it('english-leftover: English only in brackets', () => {
    expect(
      messages('El tratamiento con microagujas (microneedling) dura una hora. Las microagujas hacen heridas pequeñas.'),
    ).toEqual([]);
    expect(messages('No hay downtime.')).toEqual([
      'english-leftover: "downtime": English outside brackets: write "tiempo de recuperación"',
    ]);
    expect(messages('Un vampire facial en un spa.')).toEqual([
      'english-leftover: "vampire facial": English outside brackets: write "facial vampiro"; the English name goes only in brackets, the first time: "facial vampiro (Vampire Facial)"',
    ]);
  });

  it('english-leftover: a word that is Spanish too, or Spanish with an accent, is not English', () => {
    expect(messages('El melasma y la subcisión. El placebo y el plasma.')).toEqual([]);
    expect(messages('La subcision es un tratamiento.')).toEqual([
      'english-leftover: "subcision": English outside brackets: write "subcisión"',
    ]);
  });

  it('first-use: the first use carries the English name or the acronym in brackets, later uses do not need it', () => {
    expect(
      messages(
        'El plasma rico en plaquetas (PRP) sale de su sangre. El PRP se pone en la piel con microagujas (microneedling).',
      ),
    ).toEqual([]);
    expect(messages('El PRP sale de su sangre. El plasma rico en plaquetas (PRP) se pone en la piel.')).toEqual([
      'first-use: "PRP": the first use must read "plasma rico en plaquetas (PRP)"',
    ]);
    expect(
      messages('Las microagujas hacen heridas. El tratamiento con microagujas (microneedling) dura una hora.'),
    ).toEqual(['first-use: "microagujas": the first use must read "microagujas (microneedling)"']);
    expect(messages('Hay cicatrices en picahielo (ice pick), en caja (boxcar) y onduladas (rolling).')).toEqual([]);
    expect(messages('Hay cicatrices en picahielo, en caja y onduladas.')).toEqual([
      'first-use: "cicatrices en picahielo": the first use must read "cicatrices en picahielo (ice pick)"',
      'first-use: "en caja": the first use must read "en caja (boxcar)"',
      'first-use: "onduladas": the first use must read "onduladas (rolling)"',
    ]);
  });

  it('first-use: not in labels, where a term need not be introduced', () => {
    expect(messages('¿Qué es el PRP?', { firstUse: false })).toEqual([]);
  });

  it('quoted-name: a marketing name always in « », and its brand in brackets the first time', () => {
    expect(messages('Lo llaman «facial vampiro» (Vampire Facial). Un «facial vampiro» dura una hora.')).toEqual([]);
    expect(messages('Lo llaman «facial vampiro» (Vampire Facial). Un facial vampiro dura una hora.')).toEqual([
      'quoted-name: "facial vampiro": a marketing name, always inside « »: «facial vampiro»',
    ]);
  });

  it('usted: tú pronouns, possessives and verb forms that have no other reading', () => {
    expect(messages('Si usted puede, tome su medicina y asegúrese de descansar.')).toEqual([]);
    expect(messages('Si puedes, toma tu medicina y asegúrate de descansar.')).toEqual([
      'usted: "puedes": a tú form: write "puede" (usted)',
      'usted: "tu": a tú form: write "su" (usted)',
      'usted: "asegúrate": a tú form: write "asegúrese" (usted)',
    ]);
  });

  it('usted: an imperative that is also a noun only where it opens a sentence before a word like "a" or "su"', () => {
    const nouns = 'Una pregunta a su médico puede ayudar. La consulta con el dermatólogo dura 30 minutos.';
    const ustedQuestion = '¿Toma la pastilla cada día?';
    expect(messages(`${nouns} ${ustedQuestion} Pregunte a su médico. Consulte con su dermatólogo.`)).toEqual([]);
    expect(messages('Pregunta a su médico. ¡Llama a la clínica!')).toEqual([
      'usted: "Pregunta": a tú imperative: write "Pregunte" (usted)',
      'usted: "Llama": a tú imperative: write "Llame" (usted)',
    ]);
  });

  it('usted: not an acronym that spells a tú word', () => {
    expect(messages('Un equipo de TI y un OS.')).toEqual([]);
  });

  it('date-format: day, month in lowercase, year', () => {
    expect(messages('La revisamos el 8 de diciembre de 2026.')).toEqual([]);
    expect(messages('La revisamos el December 8, 2026.')).toEqual([
      'date-format: "December 8, 2026": an English month; write "8 de diciembre de 2026"',
    ]);
    expect(messages('La revisamos el diciembre 8, 2026.')).toEqual([
      'date-format: "diciembre 8, 2026": the day goes first: "8 de diciembre de 2026"',
    ]);
    expect(messages('La revisamos el 8 de Diciembre de 2026.')).toEqual([
      'date-format: "8 de Diciembre": months are lowercase: "8 de diciembre de 2026"',
    ]);
    expect(messages('La revisamos el 12/8/2026.')).toEqual([
      'date-format: "12/8/2026": a date in numbers reads day-first to some readers and month-first to others; write "8 de diciembre de 2026"',
    ]);
  });

  it('decimal-point: a point for decimals, nothing between thousands that could read as a decimal', () => {
    expect(messages('Agujas de 0.5 a 1.5 mm; 1500 personas; 14 800 palabras.')).toEqual([]);
    expect(messages('Agujas de 0,5 mm.')).toEqual(['decimal-point: "0,5": a decimal comma: write "0.5"']);
    expect(messages('Unas 1,500 personas.')).toEqual([
      'decimal-point: "1,500": a comma before three digits reads as a thousand in one country and as a decimal in another; write 1500, or 14 800 for five digits',
    ]);
    expect(messages('Unas 1.500 personas.')).toEqual([
      expect.stringMatching(/^decimal-point: "1\.500": a point before three digits/),
    ]);
  });

  it('unit-spacing: a space before a unit symbol and the percent sign', () => {
    expect(messages('Agujas de 1.5 mm; 100 % de las personas; láser de CO2; el 510(k).')).toEqual([]);
    expect(messages('Agujas de 1.5mm; 100% de las personas.')).toEqual([
      'unit-spacing: "1.5mm": put a space before the unit: "1.5 mm"',
      'unit-spacing: "100%": put a space before the unit: "100 %"',
    ]);
  });
});

describe('a Spanish page checked against the style sheet', () => {
  /** A small Spanish article, right in every way the checker reads. */
  const page = (body: string, keyPoints = ['El plasma rico en plaquetas (PRP) sale de su propia sangre.']) =>
    [
      '---',
      'title: Microagujas con PRP para cicatrices de acné',
      'navTitle: Cicatrices de acné',
      'description: Lo que muestran los estudios sobre el tratamiento con microagujas y PRP para las cicatrices de acné.',
      'keyPoints:',
      ...keyPoints.map((point) => `  - ${point}`),
      'lastReviewed: 2026-12-08',
      'nextReview: 2027-12-08',
      '---',
      '',
      body,
      '',
    ].join('\n');

  const goodBody = [
    '## ¿Qué es el tratamiento con microagujas?',
    '',
    'El tratamiento con microagujas (microneedling) hace heridas muy pequeñas en la piel.<Cite id="kang-2022-mn-prp-acne-meta" /> Algunas clínicas lo llaman «facial vampiro» (Vampire Facial).',
    '',
    '<FaqAccordion>',
    '<FaqItem id="recuperacion" question="¿Cuánto tiempo de recuperación necesito?">',
    '',
    'Planee una semana de tiempo de recuperación. Pregunte a su médico cuándo puede volver al trabajo.',
    '',
    '</FaqItem>',
    '</FaqAccordion>',
  ].join('\n');

  it('finds nothing in a page that follows the style sheet', () => {
    expect(spanishPageProblems(page(goodBody), 'content/articles/es/cicatrices.mdx', style)).toEqual([]);
  });

  it('names the file, the rule and the phrase for each problem, in labels and in the running text', () => {
    const body = goodBody
      .replace('question="¿Cuánto tiempo de recuperación necesito?"', 'question="¿Hay downtime?"')
      .replace('Pregunte a su médico', 'Pregunta a tu médico');
    const file = 'content/articles/es/cicatrices.mdx';
    expect(spanishPageProblems(page(body), file, style)).toEqual([
      `${file}: english-leftover: "downtime": English outside brackets: write "tiempo de recuperación"`,
      `${file}: usted: "Pregunta": a tú imperative: write "Pregunte" (usted)`,
      `${file}: usted: "tu": a tú form: write "su" (usted)`,
    ]);
  });

  it('counts the first use from the key points, which a reader reads before the body', () => {
    const file = 'content/articles/es/cicatrices.mdx';
    expect(spanishPageProblems(page(goodBody, ['El PRP sale de su propia sangre.']), file, style)).toEqual([
      `${file}: first-use: "PRP": the first use must read "plasma rico en plaquetas (PRP)"`,
    ]);
  });
});
