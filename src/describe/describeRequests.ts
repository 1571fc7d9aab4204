import type { Actor, Order, Role } from '../model/types';
import type { Messages, RequestParams, RequestTexts } from './types';

/** How the texts of one description format dates and amounts. */
export type Formatters = { readonly date: (instant: string) => string; readonly amount: (amount: string) => string };

const NO_PARAMS = { date: '', amount: '', days: 0, label: '' };

/**
 * The pending requests and custom offers (SPEC §3), one sentence each from the viewer's side,
 * and whether one of them waits for this viewer's answer (the other party answers; the platform
 * only watches; answering an offer is optional).
 */
export function describeRequests(order: Order, viewer: Role, messages: Messages, format: Formatters): { texts: string[]; awaitsViewer: boolean } {
  const texts: string[] = [];
  let awaitsViewer = false;
  const say = (request: RequestTexts, by: Actor, params: Omit<RequestParams, 'party'>) => {
    const mine = by.role === viewer;
    if (!mine && (viewer === 'buyer' || viewer === 'seller')) awaitsViewer = true;
    const party = messages.parties[by.role === 'buyer' ? 'buyer' : 'seller'];
    texts.push((mine ? request.mine : request.theirs)({ ...params, party }));
  };
  const { cancellation, extension, refund } = order.requests;
  if (cancellation !== null) say(messages.requests.cancellation, cancellation.by, { ...NO_PARAMS, date: format.date(cancellation.deadline) });
  if (extension !== null) say(messages.requests.extension, { role: 'seller' }, { ...NO_PARAMS, date: format.date(extension.deadline), days: extension.days });
  if (refund !== null) say(messages.requests.refund, refund.by, { ...NO_PARAMS, amount: format.amount(refund.amount) });
  const offer = viewer === 'seller' ? messages.requests.offer.mine : messages.requests.offer.theirs;
  for (const pending of order.offers) {
    if (pending.status !== 'pending') continue;
    texts.push(offer({ ...NO_PARAMS, party: messages.parties.seller, amount: format.amount(pending.price), days: pending.extraDays, label: pending.label }));
  }
  return { texts, awaitsViewer };
}
