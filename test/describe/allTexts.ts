import { ERROR_CODES } from '../../src';
import { MESSAGES } from '../../src/describe/locales';
import type { Messages, TimeUnit } from '../../src/describe/messages';
import { PERSON_RULES } from '../../src/describe/reasonOf';
import {
  describeActions,
  describeOrder,
  explainAction,
  explainError,
  formatAmount,
  historyLabel,
  type Locale,
  type Party,
} from '../../src/entries/describe';
import { EVENT_TYPES } from '../../src/order/rules/roles';
import { at, BUYER, HOUR, PLATFORM, placed, run, SELLER, t0 } from '../support/fixtures';
import { ENDINGS } from './endings';
import { SCENES, type Scene } from './situations';

const PARTIES: readonly Party[] = ['you', 'buyer', 'seller', 'platform', 'system'];
const VIEWPOINTS = ['buyer', 'seller', 'platform'] as const;
const UNITS: readonly TimeUnit[] = ['day', 'hour', 'minute', 'second'];

/** An order with every kind of request pending, to word each from every side. */
function withRequests(): Scene {
  const order = run(
    placed(),
    { type: 'order.accept', at: t0, by: SELLER },
    { type: 'cancellation.request', at: t0, by: BUYER },
    { type: 'extension.request', at: t0, by: SELLER, days: 1 },
    { type: 'refund.propose', at: t0, by: SELLER, amount: '12.34' },
    { type: 'offer.propose', at: t0, by: SELLER, offer: { id: 'of-1', label: 'Pack', price: '1000', extraDays: 3 } },
  ).order;
  return { order, at: at(t0, HOUR) };
}

/** Every text the library writes for a person about these orders, from every side. */
function textsOfScenes(scenes: readonly Scene[], locale: Locale): string[] {
  const texts: string[] = [];
  for (const { order, at: when } of scenes) {
    for (const viewer of [BUYER, SELLER, PLATFORM]) {
      const d = describeOrder(order, { viewer, at: when, locale, timeZone: 'Europe/Paris' });
      texts.push(d.title, d.move.text, d.text, ...d.requests, ...d.amounts.map((line) => line.text));
      if (d.deadline !== null) texts.push(d.deadline.text);
      for (const action of describeActions(order, { viewer, at: when, locale }))
        texts.push(action.label, action.consequence, ...(action.why === undefined ? [] : [action.why]));
    }
    for (const entry of order.history) texts.push(historyLabel(entry, locale), historyLabel(entry.type, locale));
  }
  return texts;
}

/**
 * Every string of a locale's tables, each function called with every variant of its facts: the
 * sentences no scene happens to reach are checked too.
 */
function textsOfTables(messages: Messages, locale: Locale): string[] {
  const date = messages.date({ day: 4, month: locale === 'fr' ? 'mars' : 'March', year: 2027, hour: 8, minute: 30 });
  const amount = formatAmount('1234.50', 'EUR', locale);
  const texts: string[] = [
    ...Object.values(messages.titles),
    ...Object.values(messages.moves),
    ...Object.values(messages.parties),
    ...Object.values(messages.deadlines),
  ];
  for (const table of Object.values(messages.situations)) {
    for (const write of Object.values(table)) {
      for (const deliveredBefore of [false, true])
        for (const cancelFrom of [undefined, date])
          for (const opener of PARTIES) {
            for (const lateCancellation of [true, false])
              texts.push(write({ date, cancelFrom, lateCancellation, deliveredBefore, opener }));
          }
    }
  }
  for (const write of Object.values(messages.endings)) {
    for (const by of PARTIES)
      for (const buyer of ['you', 'buyer'] as const)
        texts.push(
          write({
            by,
            buyer,
            seller: buyer === 'you' ? 'seller' : 'you',
            requester: by,
            date,
            lateSince: date,
            split: amount,
          }),
        );
  }
  for (const write of Object.values(messages.settled)) {
    for (const shown of [amount, ''])
      texts.push(write({ refunded: shown, paidOut: shown === '' ? amount : '', revenue: amount, forfeited: shown }));
  }
  for (const write of Object.values(messages.amounts))
    for (const viewpoint of VIEWPOINTS) texts.push(write(amount, viewpoint));
  for (const [kind, request] of Object.entries(messages.requests)) {
    // Only an offer may lack a total: one whose price could never be paid (SPEC §4).
    const totals = kind === 'offer' ? [amount, ''] : [amount];
    for (const write of [request.mine, request.theirs]) {
      for (const buyerIsYou of [false, true])
        for (const total of totals)
          texts.push(
            write({ party: messages.parties.seller, date, amount, total, days: 2, label: 'Pack', buyerIsYou }),
          );
    }
  }
  for (const write of Object.values(messages.consequences)) {
    for (const viewpoint of VIEWPOINTS) {
      for (const opensDispute of [false, true])
        for (const shown of [amount, ''])
          for (const revisionAnswer of [true, false]) {
            texts.push(
              write({
                viewpoint,
                other: messages.parties.buyer,
                date,
                refund: amount,
                payout: amount,
                amount: shown,
                days: 2,
                opensDispute,
                backTo: messages.titles.delivered,
                revisionAnswer,
              }),
            );
          }
    }
  }
  for (const write of Object.values(messages.reasons)) {
    // `max` both with room left and at the cap (a zero amount), `share` a whole and a decimal percentage.
    for (const limit of [undefined, 0, 1, 3])
      for (const known of [false, true])
        for (const max of [amount, formatAmount('0', 'EUR', locale)])
          for (const share of ['60', '12.5']) {
            texts.push(
              write({
                from: known ? date : undefined,
                limit,
                status: known ? messages.titles.delivered : undefined,
                below: known ? amount : undefined,
                max: known ? max : undefined,
                share: known ? share : undefined,
              }),
            );
          }
  }
  for (const label of Object.values(messages.history))
    for (const by of Object.values(messages.historyBy)) texts.push(`${label}${by}`);
  texts.push(...Object.values(messages.deadlinesReached), ...Object.values(messages.actions));
  for (const unit of UNITS)
    for (const count of [1, 2, 1234])
      texts.push(
        messages.deadline(messages.deadlines.delivery, date, messages.span(count, unit)),
        messages.deadlineOverdue(messages.deadlines.review, date, messages.span(count, unit)),
      );
  for (const why of Object.values(messages.errors))
    texts.push(messages.cannot('annuler la commande', why), messages.cannot('livrer la commande', why));
  texts.push(
    messages.can('livrer la commande'),
    messages.canFrom('ouvrir un litige', date),
    messages.cancelFrom(date),
    messages.possibleFrom(date),
  );
  return texts;
}

/** Every text of the public functions for every code and rule they explain. */
function textsOfExplanations(locale: Locale): string[] {
  const texts = ERROR_CODES.map((code) => explainError(code, { locale }));
  for (const rule of PERSON_RULES)
    texts.push(explainError('NOT_ALLOWED', { locale, details: { rule, from: t0, limit: 2, status: 'delivered' } }));
  for (const type of EVENT_TYPES) {
    texts.push(
      explainAction({ type, allowed: true }, { locale }),
      explainAction({ type, allowed: false, reason: 'TOO_EARLY', from: t0 }, { locale }),
    );
    for (const reason of ERROR_CODES) texts.push(explainAction({ type, allowed: false, reason }, { locale }));
  }
  return texts;
}

/** Every text the library can write in a locale, without duplicates. */
export function allTexts(locale: Locale): string[] {
  const scenes: Scene[] = [...Object.values(SCENES), ...Object.values(ENDINGS)].map((scene) => scene());
  scenes.push(withRequests());
  return [
    ...new Set([
      ...textsOfScenes(scenes, locale),
      ...textsOfTables(MESSAGES[locale], locale),
      ...textsOfExplanations(locale),
    ]),
  ];
}
