import type { Extra, Offer } from '../../model/types';
import { type MachineEvent, type OrderContext, patch } from './context';
import { holdExtraPayment } from './money';

type Of<T extends MachineEvent['type']> = Extract<MachineEvent, { type: T }>;

/** `option.add`: the payment is held and the option joins S. */
export function addOption(context: OrderContext, event: Of<'option.add'>): OrderContext {
  const { option, payment } = event;
  const held = holdExtraPayment(context, event, option.price, payment);
  const extra: Extra = {
    kind: 'option',
    id: option.id,
    label: option.label,
    price: option.price,
    extraDays: option.extraDays,
    paymentId: payment.id,
    at: event.at,
  };
  return patch(held, { extras: [...held.order.extras, extra] });
}

export function proposeOffer(context: OrderContext, event: Of<'offer.propose'>): OrderContext {
  const { offer } = event;
  const proposed: Offer = {
    id: offer.id,
    label: offer.label,
    price: offer.price,
    extraDays: offer.extraDays,
    proposedAt: event.at,
    status: 'pending',
  };
  return patch(context, { offers: [...context.order.offers, proposed] });
}

/** `offer.accept`: the buyer pays, the offer joins S ("s'ajouter à votre commande en cours"). */
export function acceptOffer(context: OrderContext, event: Of<'offer.accept'>): OrderContext {
  const offer = context.order.offers.find((candidate) => candidate.id === event.offerId)!;
  const held = holdExtraPayment(context, event, offer.price, event.payment);
  const extra: Extra = {
    kind: 'offer',
    id: offer.id,
    label: offer.label,
    price: offer.price,
    extraDays: offer.extraDays,
    paymentId: event.payment.id,
    at: event.at,
  };
  return patch(held, {
    extras: [...held.order.extras, extra],
    offers: setOfferStatus(held.order.offers, offer.id, 'accepted'),
  });
}

export function endOffer(context: OrderContext, event: Of<'offer.decline' | 'offer.withdraw'>): OrderContext {
  const status = event.type === 'offer.decline' ? 'declined' : 'withdrawn';
  return patch(context, { offers: setOfferStatus(context.order.offers, event.offerId, status) });
}

/** The extra days an option or accepted offer adds to the delivery deadline. */
export function extraDaysOf(context: OrderContext, event: Of<'option.add' | 'offer.accept'>): number {
  if (event.type === 'option.add') return event.option.extraDays;
  return context.order.offers.find((offer) => offer.id === event.offerId)!.extraDays;
}

function setOfferStatus(offers: readonly Offer[], id: string, status: Offer['status']): Offer[] {
  return offers.map((offer) => (offer.id === id ? { ...offer, status } : offer));
}
