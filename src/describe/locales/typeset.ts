/**
 * Typography for the locale files, applied by tagged templates to a template's own words and
 * never to the values put into it (a buyer's label stays as typed). Sources then read like plain
 * text, and the output follows the language's rules wherever a string was written; the tests of
 * `test/describe/typography.test.ts` check the output, whatever wrote it.
 */

/** The no-break space (U+00A0): before a colon, inside « », between a number and its unit. */
export const NBSP = '\u00a0';
/** The narrow no-break space (U+202F): before ; ! ? and between thousands, as French typesetting puts it. */
export const NNBSP = '\u202f';

const APOSTROPHE = /'/g;

/**
 * French (Lexique des règles typographiques en usage à l'Imprimerie nationale): the typographic
 * apostrophe; a no-break space before a colon and inside guillemets; a narrow one before ; ! ?
 * and between groups of thousands; a no-break space between a number and the word or symbol
 * after it ("3 jours", "48 h"), also when the number is a value put into the template.
 */
export function fr(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let text = '';
  strings.forEach((part, index) => {
    const before = index === 0 ? '' : String(values[index - 1]);
    // A value that ends with a digit keeps the word after it on its line ("${days} jours"), also
    // when that word is the next value ("${count} ${unit}").
    const after = part === ' ' && index < values.length ? String(values[index]) : part.slice(1);
    const joined =
      /\d$/.test(before) && part.startsWith(' ') && /^[\p{L}€%]/u.test(after) ? `${NBSP}${part.slice(1)}` : part;
    text += before + typesetFr(joined);
  });
  return text;
}

function typesetFr(part: string): string {
  return part
    .replace(APOSTROPHE, '’')
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    .replace(/ :/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`)
    .replace(/(\d) (\d{3})(?!\d)/g, `$1${NNBSP}$2`)
    .replace(/(\d) (?=[\p{L}€%])/gu, `$1${NBSP}`);
}

/** English: the typographic apostrophe, and curly double quotes in the template's words. */
export function en(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let text = '';
  let open = true;
  const quote = () => {
    open = !open;
    return open ? '”' : '“';
  };
  strings.forEach((part, index) => {
    text += (index === 0 ? '' : String(values[index - 1])) + part.replace(APOSTROPHE, '’').replace(/"/g, quote);
  });
  return text;
}
