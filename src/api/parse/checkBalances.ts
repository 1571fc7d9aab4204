import { buyerFeeFor } from '../../escrow/buyerFeeFor';
import { sumLedger } from '../../escrow/sumLedger';
import { Dec, ZERO, toAmount } from '../../money';
import type { Order } from '../../order/types';
import { invalidOrder } from './invalidOrder';
import { isFinalStatus } from '../../order/isFinalStatus';

/** The parts of an order its sums are checked against. */
export type BalanceFacts = Pick<Order, 'status' | 'items' | 'extras' | 'fees' | 'policy' | 'escrow'>;

/**
 * Checks the escrow's sums (SPEC §7.3–§7.5). Invariants:
 * - S = Σ item prices + Σ extra prices; partial refunds stay below S; fee refunds never exceed F(S);
 * - paidIn = held + refunded + paidOut + revenue with held never negative (held is derived, so
 *   this is "nothing leaves that did not come in");
 * - a final order holds exactly 0; an open one holds more than 0, has paid nobody out, booked no
 *   revenue, and has refunded exactly its partial refunds, since only those happen before the end.
 *
 * @throws SequestreError `INVALID_ORDER` naming the first figure that does not add up.
 */
export function checkBalances(order: BalanceFacts, digits: number): void {
  const { escrow } = order;
  const subtotal = [...order.items, ...order.extras].reduce((sum, line) => sum.plus(line.price), ZERO);
  if (!subtotal.equals(escrow.subtotal)) {
    const expected = toAmount(subtotal, digits);
    invalidOrder('escrow.subtotal', 'escrow.subtotal', `escrow.subtotal ${escrow.subtotal} must be ${expected}, the sum of the item and extra prices.`, { expected });
  }
  const refundedItems = new Dec(escrow.refundedItems);
  const refundedBuyerFee = new Dec(escrow.refundedBuyerFee);
  if (!refundedItems.lessThan(subtotal)) invalidOrder('escrow.refundedItems', 'escrow.refundedItems', `escrow.refundedItems ${escrow.refundedItems} must stay below the subtotal ${escrow.subtotal}.`);
  const buyerFee = buyerFeeFor(subtotal, order.fees, digits);
  if (refundedBuyerFee.greaterThan(buyerFee)) {
    invalidOrder('escrow.refundedBuyerFee', 'escrow.refundedBuyerFee', `escrow.refundedBuyerFee ${escrow.refundedBuyerFee} exceeds the buyer fee ${toAmount(buyerFee, digits)}.`);
  }
  if (order.policy.refundBuyerFee.onPartialRefund === 'none' && !refundedBuyerFee.isZero()) {
    invalidOrder('escrow.refundedBuyerFee', 'escrow.refundedBuyerFee', 'escrow.refundedBuyerFee must be zero: the policy refunds no buyer fee on partial refunds.');
  }
  const totals = sumLedger(escrow.ledger);
  const partial = refundedItems.plus(refundedBuyerFee);
  if (totals.held.isNegative()) {
    invalidOrder('escrow.ledger', 'ledger.conservation', `escrow.ledger pays out ${toAmount(totals.held.negated(), digits)} more than was paid in; paidIn must equal held + refunded + paidOut + revenue with nothing negative.`);
  }
  if (isFinalStatus(order.status)) {
    if (!totals.held.isZero()) invalidOrder('escrow.ledger', 'ledger.finalHolds', `A ${order.status} order holds nothing, but escrow.ledger still holds ${toAmount(totals.held, digits)}.`);
    if (totals.refunded.lessThan(partial)) invalidOrder('escrow.ledger', 'ledger.refunds', 'escrow.ledger refunds less than escrow.refundedItems and escrow.refundedBuyerFee record.');
    return;
  }
  if (!totals.held.greaterThan(0)) invalidOrder('escrow.ledger', 'ledger.openHoldsNothing', `A ${order.status} order still holds its money, but escrow.ledger holds nothing.`);
  if (!totals.paidOut.isZero() || !totals.revenue.isZero()) {
    invalidOrder('escrow.ledger', 'ledger.settledWhileOpen', `A ${order.status} order has paid nobody out and booked no revenue yet; only a final status settles the escrow.`);
  }
  if (!totals.refunded.equals(partial)) {
    invalidOrder('escrow.ledger', 'ledger.refunds', `escrow.ledger refunds ${toAmount(totals.refunded, digits)}, but escrow.refundedItems and escrow.refundedBuyerFee record ${toAmount(partial, digits)}.`);
  }
}
