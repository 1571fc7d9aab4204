import type { Order } from '../../model/types';

/** Whether an item-like id (item, option or offer) is already used in the order. */
export function isItemIdUsed(order: Order, id: string): boolean {
  return (
    order.items.some((item) => item.id === id) ||
    order.extras.some((extra) => extra.id === id) ||
    order.offers.some((offer) => offer.id === id)
  );
}

/** Whether a payment id already funded the order. */
export function isPaymentIdUsed(order: Order, id: string): boolean {
  return order.escrow.ledger.some((posting) => posting.to === 'escrow' && posting.paymentId === id);
}
