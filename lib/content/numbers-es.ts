/**
 * Numbers as a Spanish reader says them, so the syllable counter can count figures by their spoken
 * length: "0,5" is "cero coma cinco", six syllables to say, not one.
 */

const BELOW_THIRTY = [
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro',
  'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  '', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos',
  'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos',
];

/** A whole number from 0 to 999 999 in words. */
export function cardinalEs(n: number): string {
  if (n >= 1000) {
    const thousands = Math.floor(n / 1000);
    // One thousand is just "mil", and "uno" shortens before it: "veintiún mil", "treinta y un mil".
    const many = cardinalEs(thousands).replace(/iuno$/, 'iún').replace(/uno$/, 'un');
    const head = thousands === 1 ? 'mil' : `${many} mil`;
    return n % 1000 === 0 ? head : `${head} ${cardinalEs(n % 1000)}`;
  }
  if (n === 100) return 'cien';
  if (n > 100) {
    const head = HUNDREDS[Math.floor(n / 100)]!;
    return n % 100 === 0 ? head : `${head} ${cardinalEs(n % 100)}`;
  }
  if (n < 30) return BELOW_THIRTY[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens} y ${BELOW_THIRTY[n % 10]}`;
}

/** A run of digits: leading zeros are said ("05" is "cero cinco"); past six digits, one by one. */
function digitsAsWords(digits: string): string {
  if (digits.length > 6) return [...digits].map((digit) => BELOW_THIRTY[Number(digit)]).join(' ');
  const zeros = /^0+(?=\d)/.exec(digits)?.[0].length ?? 0;
  return [...Array<string>(zeros).fill('cero'), cardinalEs(Number(digits.slice(zeros)))].join(' ');
}

/**
 * A figure as written in Spanish text ("3", "2026", "0,5", "1.5", "12.000") in words. A full stop
 * before groups of three digits separates thousands ("12.000", as Spain writes it); any other comma
 * or full stop is a decimal sign, said "coma" or "punto". Longer digit strings (telephone numbers,
 * codes) are said digit by digit.
 */
export function numberAsWordsEs(figure: string): string {
  if (/^[1-9]\d{0,2}(?:\.\d{3})+$/.test(figure)) return digitsAsWords(figure.replaceAll('.', ''));
  return figure
    .split(/([.,])/)
    .map((part) => (part === ',' ? 'coma' : part === '.' ? 'punto' : digitsAsWords(part)))
    .join(' ');
}
