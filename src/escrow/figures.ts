import type { EscrowHolder } from '../model/escrow';
import { Dec } from '../money';
import { digitsOf } from './digitsOf';

/** The figures of a trusted escrow as exact numbers, read once per operation. */
export type Figures = {
  readonly digits: number;
  readonly subtotal: Dec;
  readonly tip: Dec;
  readonly buyerFee: Dec;
  readonly refundedItems: Dec;
  readonly refundedTip: Dec;
  readonly refundedBuyerFee: Dec;
};

/**
 * Reads the escrow's figures. They are trusted: the order's check (or `parseOrder`, which
 * recomputes them from the ledger) has made sure that `buyerFee` is F(subtotal) and that the
 * ledger holds what the figures say.
 */
export function figuresOf(holder: EscrowHolder): Figures {
  const { escrow } = holder;
  return {
    digits: digitsOf(holder.currency),
    subtotal: new Dec(escrow.subtotal),
    tip: new Dec(escrow.tip),
    buyerFee: new Dec(escrow.buyerFee),
    refundedItems: new Dec(escrow.refundedItems),
    refundedTip: new Dec(escrow.refundedTip),
    refundedBuyerFee: new Dec(escrow.refundedBuyerFee),
  };
}

/** What is still held of each figure: S − refunded items, T − refunded tip, F − refunded fee. */
export function leftOf(figures: Figures) {
  return {
    items: figures.subtotal.minus(figures.refundedItems),
    tip: figures.tip.minus(figures.refundedTip),
    buyerFee: figures.buyerFee.minus(figures.refundedBuyerFee),
  };
}
