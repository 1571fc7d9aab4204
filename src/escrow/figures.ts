import { Dec } from '../money';
import { buyerFeeFor } from './buyerFeeFor';
import { digitsOf } from './digitsOf';
import type { EscrowHolder } from './types';

/** The parsed sums of a trusted escrow, read once per operation. */
export type Figures = {
  readonly digits: number;
  readonly subtotal: Dec;
  readonly tip: Dec;
  readonly buyerFee: Dec;
  readonly refundedItems: Dec;
  readonly refundedBuyerFee: Dec;
};

export function figuresOf(holder: EscrowHolder): Figures {
  const digits = digitsOf(holder.currency);
  const subtotal = new Dec(holder.escrow.subtotal);
  return {
    digits,
    subtotal,
    tip: new Dec(holder.escrow.tip),
    buyerFee: buyerFeeFor(subtotal, holder.fees, digits),
    refundedItems: new Dec(holder.escrow.refundedItems),
    refundedBuyerFee: new Dec(holder.escrow.refundedBuyerFee),
  };
}
