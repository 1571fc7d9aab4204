// A strict consumer of `sequestre/escrow` alone: it loads no xstate, so its declarations must
// compile under every strict flag with skipLibCheck off (tsconfig.escrow.json), without DOM or
// @types/node. The @ts-expect-error lines prove the types are real, not `any`.
import { type Balances, getBalances, type Quote, quoteOrder, SequestreError } from 'sequestre/escrow';

const quote: Quote = quoteOrder({
  currency: 'EUR',
  items: [{ id: 'gig', label: 'Logo design', price: '40.00' }],
  fees: { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } },
});
export const total: string = quote.total;
// @ts-expect-error amounts are decimal strings, not numbers.
export const wrong: number = quote.total;

export type Held = Balances['held'];
export const balancesOf: typeof getBalances = getBalances;
export const codeOf = (error: unknown) => (error instanceof SequestreError ? error.code : undefined);
