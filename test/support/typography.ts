/**
 * The typography and vocabulary rules every text of the library follows, as checks that name what
 * a text breaks (issue 13). French follows the Lexique des règles typographiques en usage à
 * l'Imprimerie nationale; the words are ComeUp's (support-fr 1734, 1741, 1744): one verb per step.
 * English follows the same house style: typographic apostrophes and quotes, no space before
 * punctuation, one verb per step. Both refuse the engine's own words (event types, camelCase
 * names), which a person should never read.
 */

/** A rule: what it is called, and the pattern of a text that breaks it. */
type Rule = readonly [name: string, broken: RegExp];

const NB = '[\\u00a0\\u202f]';
/** What a French number is never parted from: months, units of time and money, counted things. */
const UNITS_FR =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|h|jours?|heures?|minutes?|secondes?|mois|ans?|semaines?|retouches?|caractères?|€|%|[A-Z]{3}';

const SHARED: readonly Rule[] = [
  ['typographic apostrophe (’), not a straight one', /'/],
  ['typographic quotes, not straight ones', /"/],
  ['no double space', / {2}/],
  ['no space at either end', /^\s|\s$/],
  ['an ellipsis (…), not three dots', /\.\.\./],
  ['no raw event type or rule name (order.accept)', /\b[a-z]+\.[a-z]+[A-Za-z]*\b/],
  ['no camelCase name of the engine (inProgress)', /\b[a-z]+[A-Z][A-Za-z]*\b/],
];

const FRENCH: readonly Rule[] = [
  ...SHARED,
  ['a no-break space before a colon', /(?<!\u00a0):/],
  ['a narrow no-break space before ; ! ?', new RegExp(`(?<!${NB})[;!?]`)],
  ['a no-break space inside « »', new RegExp(`«(?!${NB})|(?<!${NB})»`)],
  ['no space before a comma or a full stop', /\s[,.]/],
  ['a space after a comma or a semicolon', /[,;](?=\p{L})/u],
  [
    'a no-break space between a number and its unit or word (3 mars, 11 h, 2 jours, 5 €)',
    new RegExp(`\\d (?:${UNITS_FR})(?!\\p{L})`, 'u'),
  ],
  ['a no-break space inside an hour (8 h 30)', /\bh \d/],
  ['a narrow no-break space between thousands', /\d \d{3}(?!\d)/],
  ['ComeUp says « clôturée », not « close »', /\bclose?\b/],
  ['one verb for the buyer’s last step: « terminer », never « valider »', /\bvalid(?:er|ez|ons|ation|ée?s?)\b/i],
  ['ComeUp says « relancer la commande », not « reprendre »', /\brepri|\breprend|\bredémarr/i],
  ['ComeUp says « remboursement partiel », not « partage »', /\bpartag/i],
];

const ENGLISH: readonly Rule[] = [
  ...SHARED,
  ['no space before punctuation', /\s[,.;:!?]/],
  ['a space after a comma, a semicolon or a colon', /[,;:](?=\p{L})/u],
  ['one verb for the buyer’s last step: “complete”, never “approve” or “validate”', /\bapprov|\bvalidat/i],
  ['one verb for a restarted order: “restart”, never “resume”', /\bresum/i],
  ['“partial refund”, not the engine’s “split”', /\bsplit\b/i],
];

function problemsOf(rules: readonly Rule[], text: string): string[] {
  return rules.filter(([, broken]) => broken.test(text)).map(([name]) => name);
}

/** The French rules a text breaks; empty when it follows them all. */
export function frenchProblems(text: string): string[] {
  return problemsOf(FRENCH, text);
}

/** The English rules a text breaks; empty when it follows them all. */
export function englishProblems(text: string): string[] {
  return problemsOf(ENGLISH, text);
}

/** The names of the rules, to check that each one has a failing example. */
export const RULE_NAMES = { fr: FRENCH.map(([name]) => name), en: ENGLISH.map(([name]) => name) };
