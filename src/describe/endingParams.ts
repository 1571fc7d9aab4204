import { getBalances } from '../api/getBalances';
import type { Order, Role } from '../model/types';
import { ROLES } from '../model/vocabulary';
import type { Formatters } from './describeRequests';
import type { EndingParams, SettledParams } from './messages';
import { forfeitedOf, isPositive, refundedByDecision } from './moneyAtStake';
import type { DescribedEnding, Party } from './types';

/** The viewer's own role reads as `you`; other roles as themselves. */
export function partyOf(role: Role, viewer: Role): Party {
  return role === viewer ? 'you' : role;
}

/** The facts of a final order's closing sentence, from the viewer's side. */
export function endingParams(order: Order, ending: DescribedEnding, viewer: Role, format: Formatters): EndingParams {
  // The request a final status closed is gone from `requests`; the history still says who made it.
  // Only the last entry is checked on every call (checkOrder.ts), so an older one is read warily.
  const request = [...order.history]
    .reverse()
    .find((entry) => typeof entry === 'object' && entry !== null && entry.type === 'cancellation.request');
  const requester = (ROLES as readonly unknown[]).includes(request?.by?.role) ? request!.by.role : 'buyer';
  return {
    by: partyOf(ending.by, viewer),
    buyer: partyOf('buyer', viewer),
    seller: partyOf('seller', viewer),
    requester: partyOf(requester, viewer),
    date: format.date(ending.at),
    lateSince: format.date(order.lateSince ?? order.deliveryDeadline ?? ending.at),
    split: format.amount(refundedByDecision(order)),
  };
}

/** Where the money of a final order went, formatted; an empty string for a figure that is zero. */
export function settledParams(order: Order, format: Formatters): SettledParams {
  const { refunded, paidOut, revenue } = getBalances(order);
  const shown = (amount: string) => (isPositive(amount) ? format.amount(amount) : '');
  return {
    refunded: shown(refunded),
    paidOut: shown(paidOut),
    revenue: shown(revenue),
    forfeited: shown(forfeitedOf(order)),
  };
}
