import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Actor, type ExtraInput, type OrderEvent, SequestreError } from 'sequestre';
import type { ServiceContext } from '../context';
import { ProviderRefusal } from '../fake/fakeProvider';
import { parseActor } from './actor';
import { type CheckoutRequest, checkout } from './checkout';
import { mayRead, orderView } from './orderView';
import { type PaidOutcome, payThenApply } from './payThenApply';
import { refuse } from './reply';

/** Events a party may send as they are; paid ones go through their own routes, ticks through the worker. */
const PAID_EVENTS = new Set(['option.add', 'offer.accept']);

/**
 * The reference marketplace API. Every write names its caller (`x-actor`) and carries an
 * `idempotency-key`, which becomes the event id (SPEC §3): a retried request is a duplicate,
 * whatever happened in between.
 *
 * - `POST /checkout`: quote, charge, create (refund if the order cannot be created).
 * - `POST /orders/:id/events`: a party event, `{ type, ...payload }`.
 * - `POST /orders/:id/options`: buy an option `{ option }` (quote, charge, apply; refund if refused).
 * - `POST /orders/:id/offers/:offerId/accept`: pay for a custom offer, the same way.
 * - `GET /orders/:id`: the order for this caller, with `availableActions` and `describe`.
 * - `GET /orders/:id/effects`: the outbox of an order and where each delivery stands (platform only).
 */
export function buildApp(context: ServiceContext): FastifyInstance {
  const app = Fastify({ logger: false });
  const now = () => context.clock().toISOString();

  app.setErrorHandler((error, _request, reply) => {
    // The library's queries throw SequestreError for bad input (quoteOrder, quoteExtra): a 400.
    if (error instanceof SequestreError)
      return refuse(reply, { code: error.code, message: error.message, details: error.details });
    if (error instanceof ProviderRefusal)
      return refuse(reply, { code: 'PAYMENT_REFUSED', message: `The payment provider refused: ${error.message}.` });
    const status =
      typeof (error as { statusCode?: unknown }).statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : 500;
    return reply
      .code(status)
      .send({ error: { code: status === 500 ? 'INTERNAL' : 'BAD_REQUEST', message: (error as Error).message } });
  });

  const caller = (request: FastifyRequest, reply: FastifyReply): Actor | null => {
    const actor = parseActor(request.headers['x-actor']);
    if (actor === null)
      void refuse(reply, {
        code: 'UNAUTHENTICATED',
        message: 'Send the caller in `x-actor`, as `buyer:<id>`, `seller:<id>` or `platform:<id>`.',
      });
    return actor;
  };
  const keyOf = (request: FastifyRequest, reply: FastifyReply): string | null => {
    const key = request.headers['idempotency-key'];
    if (typeof key === 'string' && /^[A-Za-z0-9_.:-]{1,100}$/.test(key)) return key;
    void refuse(reply, {
      code: 'IDEMPOTENCY_KEY_REQUIRED',
      message: 'Send an `idempotency-key` header (1–100 letters, digits, `_.:-`), the same on every retry.',
    });
    return null;
  };
  const locale = (request: FastifyRequest) =>
    (request.headers['accept-language'] ?? '').startsWith('fr') ? 'fr' : 'en';

  app.post<{ Body: CheckoutRequest }>('/checkout', async (request, reply) => {
    const actor = caller(request, reply);
    const key = actor && keyOf(request, reply);
    if (actor === null || key === null) return reply;
    if (actor.role !== 'buyer' || actor.id === undefined)
      return refuse(reply, { code: 'FORBIDDEN', message: 'Only a buyer checks out.' });
    const outcome = await checkout(context, { role: 'buyer', id: actor.id }, key, request.body);
    if (outcome.kind === 'chargeRefunded') return refuse(reply, chargeRefunded(outcome.paymentId));
    if (outcome.kind === 'refused') return refuse(reply, outcome.error, { refunded: outcome.refunded });
    return reply
      .code(outcome.duplicate ? 200 : 201)
      .send({ duplicate: outcome.duplicate, ...orderView(outcome.order, actor, now(), locale(request)) });
  });

  app.post<{ Params: { id: string }; Body: { type: string } & Record<string, unknown> }>(
    '/orders/:id/events',
    async (request, reply) => {
      const actor = caller(request, reply);
      const key = actor && keyOf(request, reply);
      if (actor === null || key === null) return reply;
      const { type, ...payload } = request.body;
      if (PAID_EVENTS.has(type))
        return refuse(reply, {
          code: 'INVALID_INPUT',
          message: `Send ${type} through its paid route: the service charges it first.`,
        });
      const result = await context.store.apply(
        request.params.id,
        (_order, at) => ({ ...payload, type, at, by: actor, id: key }) as OrderEvent,
      );
      if (!result.ok) return refuse(reply, result.error);
      return reply.send({
        duplicate: result.duplicate === true,
        ...orderView(result.order, actor, now(), locale(request)),
      });
    },
  );

  const paidRoute = async (
    request: FastifyRequest<{ Params: { id: string; offerId?: string }; Body: { option?: ExtraInput } }>,
    reply: FastifyReply,
  ) => {
    const actor = caller(request, reply);
    const key = actor && keyOf(request, reply);
    if (actor === null || key === null) return reply;
    const read = await context.store.get(request.params.id);
    if (!read.ok) return refuse(reply, read.error);
    const order = read.order;
    const offerId = request.params.offerId;
    const offer =
      offerId === undefined ? undefined : order.offers.find((o) => o.id === offerId && o.status === 'pending');
    const option = request.body?.option;
    if (offerId !== undefined && offer === undefined)
      return refuse(reply, {
        code: 'NOT_ALLOWED',
        message: `No pending offer "${offerId}" on this order.`,
        details: { rule: 'offer.notPending' },
      });
    if (offerId === undefined && (option === undefined || typeof option.price !== 'string'))
      return refuse(reply, { code: 'INVALID_INPUT', message: 'Send `{ option: { id, label, price, extraDays } }`.' });
    const price = offer?.price ?? (option as ExtraInput).price;
    const outcome: PaidOutcome = await payThenApply(context, order, {
      actor,
      key,
      price,
      event: (payment, at) =>
        offerId === undefined
          ? { type: 'option.add', at, by: actor, id: key, option: option as ExtraInput, payment }
          : { type: 'offer.accept', at, by: actor, id: key, offerId, payment },
    });
    if (outcome.kind === 'chargeRefunded') return refuse(reply, chargeRefunded(outcome.paymentId));
    if (outcome.kind === 'refused') return refuse(reply, outcome.result.error, { refunded: outcome.refunded });
    return reply.send({
      duplicate: outcome.result.duplicate === true,
      ...orderView(outcome.result.order, actor, now(), locale(request)),
    });
  };
  app.post('/orders/:id/options', paidRoute);
  app.post('/orders/:id/offers/:offerId/accept', paidRoute);

  app.get<{ Params: { id: string } }>('/orders/:id', async (request, reply) => {
    const actor = caller(request, reply);
    if (actor === null) return reply;
    const read = await context.store.get(request.params.id);
    if (!read.ok) return refuse(reply, read.error);
    if (!mayRead(read.order, actor))
      return refuse(reply, {
        code: 'FORBIDDEN',
        message: 'Only the buyer, the seller and the platform read an order.',
      });
    return reply.send(orderView(read.order, actor, now(), locale(request)));
  });

  app.get<{ Params: { id: string } }>('/orders/:id/effects', async (request, reply) => {
    const actor = caller(request, reply);
    if (actor === null) return reply;
    if (actor.role !== 'platform')
      return refuse(reply, { code: 'FORBIDDEN', message: 'Only the platform reads the outbox.' });
    return reply.send({ effects: await context.store.effectsOf(request.params.id) });
  });

  return app;
}

function chargeRefunded(paymentId: string) {
  return {
    code: 'CHARGE_REFUNDED' as const,
    message: `The payment for this request (${paymentId}) was refunded after a refusal; send the request again with a new idempotency key.`,
    details: { paymentId },
  };
}
