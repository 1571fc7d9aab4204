import type { Actor, Order, Role } from '../model/types';
import type { Messages, RequestParams, RequestTexts } from './messages';
import { refundOfPartial, totalOfExtra } from './moneyAtStake';

/** How the texts of one description format dates and amounts. */
export type Formatters = { readonly date: (instant: string) => string; readonly amount: (amount: string) => string };

const NO_PARAMS = { date: '', amount: '', total: '', days: 0, label: '', buyerIsYou: false };

/**
 * The pending requests and custom offers (SPEC §3), one sentence each from the viewer's side,
 * with the money each would really move: a refund proposal's refund as it would be paid, its
 * share of the buyer fee included (SPEC §7.3), an offer's total as the buyer would pay it
 * (`quoteExtra`). Also whether one of them waits for this viewer's answer (the other party
 * answers; the platform only watches; answering an offer is optional).
 */
export function describeRequests(
  order: Order,
  viewer: Role,
  messages: Messages,
  format: Formatters,
): { texts: string[]; awaitsViewer: boolean } {
  const texts: string[] = [];
  const blank = { ...NO_PARAMS, buyerIsYou: viewer === 'buyer' };
  let awaitsViewer = false;
  const say = (request: RequestTexts, by: Actor, params: Omit<RequestParams, 'party'>) => {
    const mine = by.role === viewer;
    if (!mine && (viewer === 'buyer' || viewer === 'seller')) awaitsViewer = true;
    const party = messages.parties[by.role === 'buyer' ? 'buyer' : 'seller'];
    texts.push((mine ? request.mine : request.theirs)({ ...params, party }));
  };
  const { cancellation, extension, refund } = order.requests;
  if (cancellation !== null)
    say(messages.requests.cancellation, cancellation.by, { ...blank, date: format.date(cancellation.deadline) });
  if (extension !== null)
    say(
      messages.requests.extension,
      { role: 'seller' },
      { ...blank, date: format.date(extension.deadline), days: extension.days },
    );
  if (refund !== null) {
    say(messages.requests.refund, refund.by, {
      ...blank,
      amount: format.amount(refund.amount),
      total: format.amount(refundOfPartial(order, refund.amount)),
    });
  }
  const offer = viewer === 'seller' ? messages.requests.offer.mine : messages.requests.offer.theirs;
  for (const pending of order.offers) {
    if (pending.status !== 'pending') continue;
    const params = {
      ...blank,
      party: messages.parties.seller,
      amount: format.amount(pending.price),
      days: pending.extraDays,
      label: pending.label,
    };
    const total = totalOfExtra(order, pending.price);
    texts.push(offer({ ...params, total: total === undefined ? '' : format.amount(total) }));
  }
  return { texts, awaitsViewer };
}
