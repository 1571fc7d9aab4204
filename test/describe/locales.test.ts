import { describe as group, expect, it } from 'vitest';
import { actionLabel, describe, ERROR_CODES, explainError, historyLabel, LOCALES, statusLabel, type Locale, type OrderEventType, type OrderStatus, type Situation } from '../../src';
import { MESSAGES } from '../../src/describe/locales';
import type { Messages } from '../../src/describe/types';
import { EVENT_TYPES } from '../../src/order/rules/roles';
import { BUYER, PLATFORM, SELLER, SYSTEM } from '../support/fixtures';
import { SCENES } from './situations';

// Every key below is a Record key in `Messages`: a locale missing one is a compile error, which
// these lines keep true (each @ts-expect-error must stay an error).
// @ts-expect-error a locale needs a label for every event type.
const missingAction: Messages['actions'] = { 'order.accept': 'Accept' };
// @ts-expect-error a locale needs an explanation for every error code.
const missingCode: Messages['errors'] = { INVALID_INPUT: 'bad input' };
// @ts-expect-error a locale needs every viewpoint of every situation.
const missingRole: Messages['situations']['late'] = { buyer: () => 'late', seller: () => 'late' };
void [missingAction, missingCode, missingRole];

const SITUATIONS = Object.keys(SCENES) as Situation[];
const STATUSES: OrderStatus[] = ['pending', 'inProgress', 'delivered', 'revisionRequested', 'disputed', 'completed', 'cancelled', 'expired'];
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
          const description = describe(scene.order, { viewer, at: scene.at, locale });
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
      for (const type of ['order.placed', 'deadline.acceptance', 'deadline.expiry']) expect(historyLabel(type, locale)).not.toBe(type);
    });
  }

  it('has the same keys in every table of every locale', () => {
    // Each leaf becomes its kind (string or function): two locales must have the same tree.
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)])) : typeof value;
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
