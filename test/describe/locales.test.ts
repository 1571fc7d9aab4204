import { expect, describe as group, it } from 'vitest';
import { ERROR_CODES, type OrderEventType, type OrderStatus, presets } from '../../src';
import { MESSAGES } from '../../src/describe/locales';
import type { Messages } from '../../src/describe/messages';
import {
  actionLabel,
  describeOrder,
  explainError,
  historyLabel,
  LOCALES,
  type Locale,
  type Situation,
  statusLabel,
} from '../../src/entries/describe';
import { EVENT_TYPES } from '../../src/order/rules/roles';
import { BUYER, PLATFORM, placed, run, SELLER, SYSTEM, t0 } from '../support/fixtures';
import { SCENES } from './situations';

// Every key below is a Record key in `Messages`: a locale missing one is a compile error, which
// these lines keep true (each @ts-expect-error must stay an error).
// @ts-expect-error a locale needs a label for every event type.
const missingAction: Messages['actions'] = { 'order.accept': 'Accept' };
// @ts-expect-error a locale needs an explanation for every error code.
const missingCode: Messages['errors'] = { INVALID_INPUT: 'bad input' };
// @ts-expect-error a locale needs every viewpoint of every situation.
const missingRole: Messages['situations']['late'] = { buyer: () => 'late', seller: () => 'late' };
// @ts-expect-error a locale needs a sentence for every reason a rule gives.
const missingReason: Messages['reasons'] = { closed: () => 'closed' };
// @ts-expect-error a locale needs a consequence for every event type.
const missingConsequence: Messages['consequences'] = { 'order.accept': () => 'starts' };
void [missingAction, missingCode, missingRole, missingReason, missingConsequence];

const SITUATIONS = Object.keys(SCENES) as Situation[];
const STATUSES: OrderStatus[] = [
  'pending',
  'inProgress',
  'delivered',
  'revisionRequested',
  'disputed',
  'completed',
  'cancelled',
  'expired',
];
const VIEWERS = [BUYER, SELLER, PLATFORM, SYSTEM];

/** A text a person can read: not empty, no placeholder left over, ends like a sentence. */
function expectSentence(text: string) {
  expect(text.length).toBeGreaterThan(10);
  expect(text).not.toMatch(/undefined|NaN|\[object|\$\{/);
  expect(text).toMatch(/[.!]$/);
}

group('locales: every status, role, action and code has a text in every language', () => {
  it('supports French first, then English', () => {
    expect(LOCALES).toEqual(['fr', 'en']);
  });

  for (const locale of LOCALES) {
    for (const situation of SITUATIONS) {
      it(`${locale}: describes ${situation} for the buyer, seller, platform and scheduler`, () => {
        const scene = SCENES[situation]();
        for (const viewer of VIEWERS) {
          const description = describeOrder(scene.order, { viewer, at: scene.at, locale });
          expect(description.situation).toBe(situation);
          expect(description.title).toBe(MESSAGES[locale].titles[situation]);
          expectSentence(description.text);
          for (const request of description.requests) expectSentence(request);
        }
      });
    }

    it(`${locale}: labels every event type, distinctly`, () => {
      const labels = EVENT_TYPES.map((type) => actionLabel(type, locale));
      expect(labels).toHaveLength(29);
      expect(new Set(labels).size).toBe(29);
      for (const label of labels) expect(label).toMatch(/^\p{Lu}/u);
    });

    it(`${locale}: explains every error code, distinctly`, () => {
      const sentences = ERROR_CODES.map((code) => explainError(code, { locale }));
      for (const sentence of sentences) expectSentence(sentence);
      expect(new Set(sentences).size).toBe(ERROR_CODES.length);
    });

    it(`${locale}: names every status and every history entry`, () => {
      for (const status of STATUSES) expect(statusLabel(status, locale)).toBe(MESSAGES[locale].titles[status]);
      for (const type of ['order.placed', 'deadline.acceptance', 'deadline.expiry'])
        expect(historyLabel(type, locale)).not.toBe(type);
    });
  }

  for (const locale of LOCALES) {
    it(`${locale}: says where the money went on expiry, under every expiry rule and for every viewer`, () => {
      const texts = new Set<string>();
      for (const onExpiry of ['forfeit', 'refund', 'release'] as const) {
        const order = run(placed({ policy: { ...presets.comeup, name: 'acme', onExpiry } }), {
          type: 'order.accept',
          at: t0,
          by: SELLER,
        }).order;
        for (const viewer of [BUYER, SELLER, PLATFORM]) {
          const description = describeOrder(order, { viewer, at: '2026-08-02T10:00:00.000Z', locale });
          expectSentence(description.text);
          texts.add(description.text);
        }
      }
      expect(texts.size).toBe(9);
    });

    it(`${locale}: words every request and offer from both sides, and a rejected offer not at all`, () => {
      const order = run(
        placed(),
        { type: 'order.accept', at: t0, by: SELLER },
        { type: 'cancellation.request', at: t0, by: SELLER },
        { type: 'extension.request', at: t0, by: SELLER, days: 1 },
        { type: 'refund.propose', at: t0, by: BUYER, amount: '5.00' },
        {
          type: 'offer.propose',
          at: t0,
          by: SELLER,
          offer: { id: 'of-1', label: 'Pack', price: '8.00', extraDays: 3 },
        },
        {
          type: 'offer.propose',
          at: t0,
          by: SELLER,
          offer: { id: 'of-2', label: 'Declined', price: '8.00', extraDays: 3 },
        },
        { type: 'offer.decline', at: t0, by: BUYER, offerId: 'of-2' },
      ).order;
      const buyer = describeOrder(order, { viewer: BUYER, at: t0, locale }).requests;
      const seller = describeOrder(order, { viewer: SELLER, at: t0, locale }).requests;
      const platform = describeOrder(order, { viewer: PLATFORM, at: t0, locale }).requests;
      for (const list of [buyer, seller, platform]) {
        expect(list).toHaveLength(4);
        for (const request of list) expectSentence(request);
      }
      // The buyer's and the seller's sentences differ for each request: one made it, one answers it.
      for (const index of [0, 1, 2, 3]) expect(buyer[index]).not.toBe(seller[index]);
      // The platform only watches: it reads each request as the party who answers it does, and an
      // offer as a third party (the buyer reads what they would pay).
      expect(platform.slice(0, 3)).toEqual([buyer[0], buyer[1], seller[2]]);
      expect([buyer[3], seller[3]]).not.toContain(platform[3]);
    });
  }

  for (const locale of LOCALES) {
    it(`${locale}: words a late order differently while a late grace still runs, for each party`, () => {
      const graced = run(placed({ policy: { ...presets.comeup, name: 'acme', lateGrace: 'P1D' } }), {
        type: 'order.accept',
        at: t0,
        by: SELLER,
      }).order;
      const plain = SCENES.late();
      for (const viewer of [BUYER, SELLER]) {
        const during = describeOrder(graced, { viewer, at: plain.at, locale }).text;
        expectSentence(during);
        expect(during).not.toBe(describeOrder(plain.order, { viewer, at: plain.at, locale }).text);
      }
    });

    it(`${locale}: names the partial refund in a completed order's text, and the opening instant in TOO_EARLY`, () => {
      const refunded = run(
        placed(),
        { type: 'order.accept', at: t0, by: SELLER },
        { type: 'refund.propose', at: t0, by: BUYER, amount: '1.00' },
        { type: 'refund.accept', at: t0, by: SELLER },
        { type: 'order.deliver', at: t0, by: SELLER },
        { type: 'order.complete', at: t0, by: BUYER },
      ).order;
      // 1.00 of the items and its share of the 5 % fee: 1.05 back to the buyer.
      expect(describeOrder(refunded, { viewer: BUYER, at: t0, locale }).text).toContain(
        locale === 'fr' ? '1,05\u00a0€' : '€1.05',
      );
      expectSentence(explainError('TOO_EARLY', { locale, from: t0 }));
      expect(explainError('TOO_EARLY', { locale, from: t0 })).not.toBe(explainError('TOO_EARLY', { locale }));
    });
  }

  it('has the same keys in every table of every locale', () => {
    // Each leaf becomes its kind (string or function): two locales must have the same tree.
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;
    expect(shape(MESSAGES.en)).toEqual(shape(MESSAGES.fr));
    expect(Object.keys(MESSAGES.fr.actions)).toHaveLength(29);
  });

  it('speaks differently in French and in English for every action', () => {
    const same = EVENT_TYPES.filter((type: OrderEventType) => actionLabel(type, 'fr') === actionLabel(type, 'en'));
    expect(same).toEqual([]);
    const locales: Locale[] = ['fr', 'en'];
    expect(locales.map((locale) => statusLabel('delivered', locale))).toEqual(['Livrée', 'Delivered']);
  });
});
