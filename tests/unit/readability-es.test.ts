import { describe, expect, it } from 'vitest';
import { contentBudgets } from '@/lib/content/content-budgets';
import { infleszBand, readabilityEs, sentencesEs } from '@/lib/content/readability-es';

describe('sentencesEs', () => {
  it('ends a sentence at ? and ! before a capital, an accented one too, or before ¿ and ¡', () => {
    expect(sentencesEs('¿Duele? Un poco. ¡Cuidado! Él lo sabe. Ácido no. ¿Y después? Índice alto. Ñu.')).toEqual([
      '¿Duele?',
      'Un poco.',
      '¡Cuidado!',
      'Él lo sabe.',
      'Ácido no.',
      '¿Y después?',
      'Índice alto.',
      'Ñu.',
    ]);
  });

  it('goes on after a question followed by a lower-case word, as the RAE writes it', () => {
    expect(sentencesEs('¿Cuánto dura?, ¿cuándo vuelvo? Pregunte a su médico.')).toEqual([
      '¿Cuánto dura?, ¿cuándo vuelvo?',
      'Pregunte a su médico.',
    ]);
  });

  it('ends a sentence after a closing quote or bracket, and after an ellipsis', () => {
    expect(sentencesEs('Dijo: «Vuelva mañana.» Luego se fue. Espere… Después lave (con agua.) Seque.')).toHaveLength(5);
  });

  it('does not split inside numbers', () => {
    expect(sentencesEs('Las agujas miden de 0,5 a 1.5 mm. Se usan 2,5 ml de plasma.')).toEqual([
      'Las agujas miden de 0,5 a 1.5 mm.',
      'Se usan 2,5 ml de plasma.',
    ]);
  });

  it('does not split after a title, "p. ej." or inside "EE. UU.", nor before a figure', () => {
    expect(sentencesEs('La Dra. Ruiz y el Dr. Gil, de EE. UU. y de Chile, lo usan.')).toHaveLength(1);
    expect(sentencesEs('Evite algunos medicamentos (p. ej. Adiro) antes. Dura aprox. 2 horas.')).toHaveLength(2);
  });

  it('ends a sentence at "etc." or "EE. UU." when a capital follows: one full stop serves both', () => {
    expect(sentencesEs('Use crema, gel, etc. Después, lave. Se vende en EE. UU. La FDA no lo aprueba.')).toEqual([
      'Use crema, gel, etc.',
      'Después, lave.',
      'Se vende en EE. UU.',
      'La FDA no lo aprueba.',
    ]);
  });
});

describe('readabilityEs', () => {
  it('computes both indices from syllables, words and sentences', () => {
    // El(1) sol(1) da-ña(2) la(1) piel(1) · U-se(2) cre-ma(2) ca-da(2) dí-a(2): S 14, W 9, F 2.
    // INFLESZ: 206.835 − 62.3 × 14/9 − 9/2 = 206.835 − 96.911 − 4.5 = 105.42
    // Fernández-Huerta: 206.84 − 60 × 14/9 − 1.02 × 9/2 = 206.84 − 93.333 − 4.59 = 108.92
    expect(readabilityEs(['El sol daña la piel. Use crema cada día.'])).toEqual({
      words: 9,
      sentences: 2,
      syllables: 14,
      inflesz: 105.4,
      fernandezHuerta: 108.9,
      band: 'muy fácil',
      longestSentence: { words: 5, text: 'El sol daña la piel.' },
    });
  });

  it('scores a plain patient passage "muy fácil", within the Spanish budget', () => {
    // El(1) PRP(pe e-rre pe, 4) se(1) ha-ce(2) con(1) su(1) pro-pia(2) san-gre(2): 8 words, 14
    // U-na(2) má-qui-na(3) se-pa-ra(3) las(1) pla-que-tas(3): 5 words, 12
    // Des-pués(2) el(1) mé-di-co(3) las(1) po-ne(2) en(1) la(1) piel(1) con(1) a-gu-jas(3) muy(1) fi-nas(2): 12 words, 19
    // ¿Due-le?(2): 1 word, 2 · Un(1) po-co(2): 2 words, 3
    // La(1) piel(1) que-da(2) ro-ja(2) u-nos(2) 3(tres, 1) dí-as(2): 7 words, 11
    // S 61, W 35, F 6. INFLESZ: 206.835 − 62.3 × 61/35 − 35/6 = 206.835 − 108.580 − 5.833 = 92.42
    // Fernández-Huerta: 206.84 − 60 × 61/35 − 1.02 × 35/6 = 206.84 − 104.571 − 5.95 = 96.32
    const stats = readabilityEs([
      'El PRP se hace con su propia sangre. Una máquina separa las plaquetas.',
      'Después, el médico las pone en la piel con agujas muy finas. ¿Duele? Un poco. La piel queda roja unos 3 días.',
    ]);
    expect(stats).toMatchObject({ words: 35, sentences: 6, syllables: 61, inflesz: 92.4, fernandezHuerta: 96.3 });
    expect(stats.longestSentence.words).toBe(12);
    expect(stats.inflesz).toBeGreaterThanOrEqual(contentBudgets.spanish.minInflesz);
  });

  it('scores a dense clinical passage "muy difícil", below the Spanish budget', () => {
    // La(1) in-duc-ción(3) per-cu-tá-ne-a(5) de(1) co-lá-ge-no(4) me-dian-te(3) mi-cro-a-gu-jas(5)
    // com-bi-na-da(4) con(1) plas-ma(2) ri-co(2) en(1) pla-que-tas(3) pue-de(2) me-jo-rar(3) las(1)
    // ci-ca-tri-ces(4) a-tró-fi-cas(4) de(1) ac-né(2): 20 words, 52
    // No(1) obs-tan-te(3) los(1) es-tu-dios(3) dis-po-ni-bles(4) in-clu-yen(3) po-cos(2) pa-cien-tes(3)
    // y(1) pre-sen-tan(3) li-mi-ta-cio-nes(5) me-to-do-ló-gi-cas(6) im-por-tan-tes(4): 13 words, 39
    // S 91, W 33, F 2. INFLESZ: 206.835 − 62.3 × 91/33 − 33/2 = 206.835 − 171.797 − 16.5 = 18.54
    // Fernández-Huerta: 206.84 − 60 × 91/33 − 1.02 × 33/2 = 206.84 − 165.455 − 16.83 = 24.56
    const stats = readabilityEs([
      'La inducción percutánea de colágeno mediante microagujas, combinada con plasma rico en plaquetas, puede ' +
        'mejorar las cicatrices atróficas de acné. No obstante, los estudios disponibles incluyen pocos pacientes ' +
        'y presentan limitaciones metodológicas importantes.',
    ]);
    expect(stats).toMatchObject({ words: 33, sentences: 2, syllables: 91, inflesz: 18.5, fernandezHuerta: 24.6 });
    expect(stats.band).toBe('muy difícil');
    expect(stats.longestSentence.words).toBe(20);
    expect(stats.inflesz).toBeLessThan(contentBudgets.spanish.minInflesz);
  });

  it('scores long words lower than short ones in sentences of the same length', () => {
    const short = readabilityEs(['La piel se cura. Luego hace más.']);
    const long = readabilityEs([
      'La cicatrización depende fundamentalmente. Posteriormente aumenta considerablemente.',
    ]);
    expect([long.words, long.sentences]).toEqual([short.words, short.sentences]);
    expect(long.inflesz).toBeLessThan(short.inflesz - 40);
    expect(long.fernandezHuerta).toBeLessThan(short.fernandezHuerta - 40);
  });

  it('gives no score to a text without words, as readability() gives no grade', () => {
    expect(readabilityEs([])).toMatchObject({ words: 0, inflesz: 0, fernandezHuerta: 0 });
  });
});

describe('infleszBand', () => {
  it('bands scores as Barrio-Cantalejo 2008 does, a score on a shared boundary in the easier band', () => {
    const bands = [0, 39.9, 40, 54.9, 55, 64.9, 65, 80, 80.1, 100].map((score) => `${score} ${infleszBand(score)}`);
    expect(bands).toEqual([
      '0 muy difícil',
      '39.9 muy difícil',
      '40 algo difícil',
      '54.9 algo difícil',
      '55 normal',
      '64.9 normal',
      '65 bastante fácil',
      '80 bastante fácil',
      '80.1 muy fácil',
      '100 muy fácil',
    ]);
  });
});
