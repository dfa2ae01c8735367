import { describe, expect, it } from 'vitest';
import { numberAsWordsEs } from '@/lib/content/numbers-es';
import { syllablesEs } from '@/lib/content/syllables-es';

/**
 * Words divided by hand into syllables by the RAE's orthographic rules (Ortografía 2010); the
 * expected count is the number of parts, so each division can be checked by eye. Where speech
 * varies, the division is the orthographic one, marked "convention".
 */
const DIVIDED: Record<string, [word: string, division: string][]> = {
  'hiatus: two strong vowels, or í or ú beside one': [
    ['día', 'dí-a'],
    ['país', 'pa-ís'],
    ['reúne', 're-ú-ne'],
    ['baúl', 'ba-úl'],
    ['maíz', 'ma-íz'],
    ['oído', 'o-í-do'],
    ['reír', 're-ír'],
    ['leía', 'le-í-a'],
    ['aún', 'a-ún'],
    ['poeta', 'po-e-ta'],
    ['león', 'le-ón'],
    ['aéreo', 'a-é-re-o'],
    ['caer', 'ca-er'],
    ['línea', 'lí-ne-a'],
    ['océano', 'o-cé-a-no'],
    ['rosácea', 'ro-sá-ce-a'],
  ],
  'hiatus: the same vowel twice': [
    ['leer', 'le-er'],
    ['poseer', 'po-se-er'],
    ['zoo', 'zo-o'],
    ['chiita', 'chi-i-ta'],
    ['friísimo', 'fri-í-si-mo'],
    ['antiinflamatorio', 'an-ti-in-fla-ma-to-rio'],
    ['anti-inflamatorio', 'an-ti-in-fla-ma-to-rio'],
  ],
  'diphthongs: an unstressed i or u with any vowel': [
    ['cielo', 'cie-lo'],
    ['causa', 'cau-sa'],
    ['aceite', 'a-cei-te'],
    ['suave', 'sua-ve'],
    ['agua', 'a-gua'],
    ['después', 'des-pués'],
    ['diabetes', 'dia-be-tes'],
    ['leucocitos', 'leu-co-ci-tos'],
    ['ciudad', 'ciu-dad'],
    ['cuidado', 'cui-da-do'],
    ['destruí', 'des-truí'],
  ],
  'convention: always a diphthong orthographically, however some say it': [
    ['ruido', 'rui-do'],
    ['huir', 'huir'],
    ['guion', 'guion'],
    ['truhan', 'truhan'],
    ['fie', 'fie'],
    ['crioterapia', 'crio-te-ra-pia'],
    ['autoinmune', 'au-toin-mu-ne'],
  ],
  triphthongs: [
    ['buey', 'buey'],
    ['Uruguay', 'U-ru-guay'],
    ['Paraguay', 'Pa-ra-guay'],
    ['averiguáis', 'a-ve-ri-guáis'],
    ['estudiáis', 'es-tu-diáis'],
    ['limpiéis', 'lim-piéis'],
  ],
  'y: a vowel at the end of a word, a consonant before a vowel': [
    ['hoy', 'hoy'],
    ['muy', 'muy'],
    ['rey', 'rey'],
    ['ley', 'ley'],
    ['estoy', 'es-toy'],
    ['y', 'y'],
    ['yo', 'yo'],
    ['ya', 'ya'],
    ['ayuda', 'a-yu-da'],
    ['leyes', 'le-yes'],
    ['mayo', 'ma-yo'],
    ['yeso', 'ye-so'],
    ['incluyen', 'in-clu-yen'],
  ],
  'the silent u of que, qui, gue, gui; the ü said': [
    ['queso', 'que-so'],
    ['quien', 'quien'],
    ['aquí', 'a-quí'],
    ['quirófano', 'qui-ró-fa-no'],
    ['queloide', 'que-loi-de'],
    ['guitarra', 'gui-ta-rra'],
    ['guerra', 'gue-rra'],
    ['guiones', 'guio-nes'],
    ['pingüino', 'pin-güi-no'],
    ['vergüenza', 'ver-güen-za'],
    ['antigüedad', 'an-ti-güe-dad'],
    ['lingüística', 'lin-güís-ti-ca'],
  ],
  // The RAE: a silent h neither makes nor breaks a diphthong, so "prohibir" is "prohi-bir" (the
  // accent mark of "prohíbe" is there to break that diphthong). Spelling-book division at the h
  // ("pro-hi-bir", "a-hu-mar") gives one syllable more; the RAE's is the convention here.
  'a silent h between vowels': [
    ['prohibir', 'prohi-bir'],
    ['ahumar', 'ahu-mar'],
    ['desahucio', 'de-sahu-cio'],
    ['prohíbe', 'pro-hí-be'],
    ['búho', 'bú-ho'],
    ['ahora', 'a-ho-ra'],
    ['ahí', 'a-hí'],
    ['alcohol', 'al-co-hol'],
    ['cohete', 'co-he-te'],
    ['vehículo', 've-hí-cu-lo'],
    ['rehén', 're-hén'],
    ['zanahoria', 'za-na-ho-ria'],
    ['cacahuete', 'ca-ca-hue-te'],
    ['deshielo', 'des-hie-lo'],
    ['hielo', 'hie-lo'],
    ['hueso', 'hue-so'],
    ['hialurónico', 'hia-lu-ró-ni-co'],
  ],
  'accented capitals': [
    ['Ácido', 'Á-ci-do'],
    ['Él', 'Él'],
    ['Índice', 'Ín-di-ce'],
    ['Úlcera', 'Úl-ce-ra'],
    ['ÚLCERA', 'ÚL-CE-RA'],
    ['Ñandú', 'Ñan-dú'],
    ['REÚNE', 'RE-Ú-NE'],
  ],
  'the site’s medical words': [
    ['microagujas', 'mi-cro-a-gu-jas'],
    ['plaquetas', 'pla-que-tas'],
    ['plasma', 'plas-ma'],
    ['cicatrices', 'ci-ca-tri-ces'],
    ['cicatriz', 'ci-ca-triz'],
    ['hiperpigmentación', 'hi-per-pig-men-ta-ción'],
    ['dermatólogo', 'der-ma-tó-lo-go'],
    ['colágeno', 'co-lá-ge-no'],
    ['infección', 'in-fec-ción'],
    ['anestesia', 'a-nes-te-sia'],
    ['ibuprofeno', 'i-bu-pro-fe-no'],
    ['isotretinoína', 'i-so-tre-ti-no-í-na'],
    ['embarazo', 'em-ba-ra-zo'],
    ['embarazada', 'em-ba-ra-za-da'],
    ['lactancia', 'lac-tan-cia'],
    ['hepatitis', 'he-pa-ti-tis'],
    ['herpes', 'her-pes'],
    ['sangre', 'san-gre'],
    ['centrifugar', 'cen-tri-fu-gar'],
    ['enrojecimiento', 'en-ro-je-ci-mien-to'],
    ['hinchazón', 'hin-cha-zón'],
    ['inflamación', 'in-fla-ma-ción'],
    ['hemorragia', 'he-mo-rra-gia'],
    ['piel', 'piel'],
    ['acné', 'ac-né'],
    ['melasma', 'me-las-ma'],
    ['sesión', 'se-sión'],
    ['sesiones', 'se-sio-nes'],
    ['tratamiento', 'tra-ta-mien-to'],
    ['paciente', 'pa-cien-te'],
    ['médico', 'mé-di-co'],
    ['clínica', 'clí-ni-ca'],
    ['anticoagulante', 'an-ti-co-a-gu-lan-te'],
    ['aspirina', 'as-pi-ri-na'],
    ['retinoides', 're-ti-noi-des'],
    ['fotosensibilidad', 'fo-to-sen-si-bi-li-dad'],
    ['vitíligo', 'vi-tí-li-go'],
    ['queratina', 'que-ra-ti-na'],
    ['sida', 'si-da'],
  ],
  // Counted as said: initialisms letter by letter (RAE letter names), abbreviations in full, Roman
  // numerals and figures as numbers.
  'initialisms, abbreviations and numbers, as said': [
    ['VIH', 'u-ve i ha-che'],
    ['PRP', 'pe e-rre pe'],
    ['FDA', 'e-fe de a'],
    ['ADN', 'a de e-ne'],
    ['Dr', 'doc-tor'],
    ['Dra', 'doc-to-ra'],
    ['etc', 'et-cé-te-ra'],
    ['EE', 'Es-ta-dos'],
    ['EE.UU', 'Es-ta-dos U-ni-dos'],
    ['VI', 'seis'],
    ['XX', 'vein-te'],
    ['3', 'tres'],
    ['15', 'quin-ce'],
    ['21', 'vein-tiu-no'],
    ['35', 'trein-ta y cin-co'],
    ['100', 'cien'],
    ['2026', 'dos mil vein-ti-séis'],
    ['0,5', 'ce-ro co-ma cin-co'],
    ['1.5', 'u-no pun-to cin-co'],
    ['12.000', 'do-ce mil'],
    ['mm', 'mm'],
  ],
};

describe('syllablesEs', () => {
  for (const [group, words] of Object.entries(DIVIDED)) {
    it(`counts ${group}`, () => {
      const counted = words.map(([word]) => `${word} ${syllablesEs(word)}`);
      const expected = words.map(([word, division]) => `${word} ${division.split(/[-\s]+/).length}`);
      expect(counted).toEqual(expected);
    });
  }

  it('is checked on at least 100 words', () => {
    expect(Object.values(DIVIDED).flat().length).toBeGreaterThanOrEqual(100);
  });
});

describe('numberAsWordsEs', () => {
  it('says a figure as a Spanish reader does', () => {
    expect(
      ['1', '16', '21', '35', '101', '999', '1000', '21000', '31000', '2026', '0,5', '0,05', '1.5', '12.000'].map(
        numberAsWordsEs,
      ),
    ).toEqual([
      'uno',
      'dieciséis',
      'veintiuno',
      'treinta y cinco',
      'ciento uno',
      'novecientos noventa y nueve',
      'mil',
      'veintiún mil',
      'treinta y un mil',
      'dos mil veintiséis',
      'cero coma cinco',
      'cero coma cero cinco',
      'uno punto cinco',
      'doce mil',
    ]);
  });

  it('says a string of more than six digits digit by digit, as a telephone number', () => {
    expect(numberAsWordsEs('1234567')).toBe('uno dos tres cuatro cinco seis siete');
  });
});
