import { expect, describe as group, it } from 'vitest';
import { englishProblems, frenchProblems, RULE_NAMES } from '../support/typography';
import { allTexts } from './allTexts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** For each rule, a text that breaks it (and only the rules listed), so every check can fail. */
const BROKEN = {
  fr: [
    ["L'acheteur a jusqu’au 4\u00a0mars.", ['typographic apostrophe (’), not a straight one']],
    [`Offre "Pack"${NBSP}: 5,00${NBSP}€.`, ['typographic quotes, not straight ones']],
    ['La commande  est livrée.', ['no double space']],
    ['La commande est livrée. ', ['no space at either end']],
    ['Veuillez patienter...', ['an ellipsis (…), not three dots']],
    [`Notification${NBSP}: order.placed.`, ['no raw event type or rule name (order.accept)']],
    [`Statut${NBSP}: inProgress.`, ['no camelCase name of the engine (inProgress)']],
    ['Délai de réalisation : 4\u00a0mars.', ['a no-break space before a colon']],
    [`Terminez la commande ; sinon, elle le sera${NNBSP}!`, ['a narrow no-break space before ; ! ?']],
    [`Offre « Pack${NBSP}».`, ['a no-break space inside « »']],
    [`Livrée , vérifiez-la.`, ['no space before a comma or a full stop']],
    [`Livrée,vérifiez-la.`, ['a space after a comma or a semicolon']],
    [
      'Livraison avant le 3 mars.',
      ['a no-break space between a number and its unit or word (3 mars, 11 h, 2 jours, 5 €)'],
    ],
    [`Livraison à 8${NBSP}h 30.`, ['a no-break space inside an hour (8 h 30)']],
    [`Payé${NBSP}: 1 050,00${NBSP}€.`, ['a narrow no-break space between thousands']],
    ['La commande est close.', ['ComeUp says « clôturée », not « close »']],
    ['Validez la livraison.', ['one verb for the buyer’s last step: « terminer », never « valider »']],
    ['Le médiateur peut décider une reprise.', ['ComeUp says « relancer la commande », not « reprendre »']],
    ['Le médiateur peut décider un partage.', ['ComeUp says « remboursement partiel », not « partage »']],
  ],
  en: [
    ["The buyer's move.", ['typographic apostrophe (’), not a straight one']],
    ['Offer "Pack": €5.00.', ['typographic quotes, not straight ones']],
    ['The order  is delivered.', ['no double space']],
    [' The order is delivered.', ['no space at either end']],
    ['Please wait...', ['an ellipsis (…), not three dots']],
    ['Notification: order.placed.', ['no raw event type or rule name (order.accept)']],
    ['Status: inProgress.', ['no camelCase name of the engine (inProgress)']],
    ['Delivery deadline : March 4.', ['no space before punctuation']],
    ['Delivered,review it.', ['a space after a comma, a semicolon or a colon']],
    ['Approve the delivery.', ['one verb for the buyer’s last step: “complete”, never “approve” or “validate”']],
    ['The order resumes.', ['one verb for a restarted order: “restart”, never “resume”']],
    ['The mediator may split the money.', ['“partial refund”, not the engine’s “split”']],
  ],
} as const;

group('typography: the checks', () => {
  for (const [locale, check] of [
    ['fr', frenchProblems],
    ['en', englishProblems],
  ] as const) {
    it(`${locale}: each rule fails on a text that breaks it`, () => {
      for (const [text, broken] of BROKEN[locale])
        expect({ text, problems: check(text) }).toEqual({ text, problems: broken });
      // Every rule has its failing example above.
      expect(new Set(BROKEN[locale].flatMap(([, broken]) => broken))).toEqual(new Set(RULE_NAMES[locale]));
    });
  }

  it('pass a text written by the rules', () => {
    expect(
      frenchProblems(
        `L’acheteur a jusqu’au 4${NBSP}mars 2027 à 8${NBSP}h${NBSP}30 pour terminer la commande${NNBSP}; offre «${NBSP}Pack${NBSP}»${NBSP}: 1${NNBSP}050,00${NBSP}€.`,
      ),
    ).toEqual([]);
    expect(
      englishProblems('The buyer’s offer “Pack”: €1,050.00, due by March 4 at 08:30; complete the order.'),
    ).toEqual([]);
  });
});

group('typography: every text the library writes', () => {
  for (const [locale, check] of [
    ['fr', frenchProblems],
    ['en', englishProblems],
  ] as const) {
    it(`${locale}: follows every rule, in every situation, ending, action, refusal and table entry`, () => {
      const texts = allTexts(locale);
      // The harvest reaches the tables' every entry and the scenes' every sentence: hundreds of texts.
      expect(texts.length).toBeGreaterThan(800);
      const broken = texts.map((text) => ({ text, problems: check(text) })).filter((each) => each.problems.length > 0);
      expect(broken).toEqual([]);
    });
  }
});
