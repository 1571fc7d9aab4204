import type { Message } from '../refusal';
import type { RefusalRule } from '../refusalRules';
import type * as Events from './events';
import type * as Inputs from './inputs';
import type * as Ledger from './ledger';
import type * as StoredOrder from './storedOrder';
import type * as Values from './values';

/**
 * Every English message of the library, one per rule of `RefusalRules`, each a function of the
 * rule's typed details (zod's `locales/en.ts`, STYLE §5), exported on its own so that a bundle
 * carries only the messages it can refuse with (`sequestre/escrow` only those of `values.ts`).
 * Split by area to keep files short:
 * - `values.ts`: the readers every parser shares, and the order argument's shape;
 * - `inputs.ts`: integers, enums, instants, durations, checkouts, policies, the describe queries;
 * - `storedOrder.ts` and `ledger.ts`: what `parseOrder` refuses in stored JSON;
 * - `events.ts`: `applyEvent`'s checks and the state's own rules.
 */
export * from './events';
export * from './inputs';
export * from './ledger';
export * from './storedOrder';
export * from './values';

/** The rules the exports of a messages module speak for. */
type RulesOf<M> = { [K in keyof M]: M[K] extends Message<infer R, never> ? R : never }[keyof M];
type Spoken =
  | RulesOf<typeof Values>
  | RulesOf<typeof Inputs>
  | RulesOf<typeof StoredOrder>
  | RulesOf<typeof Ledger>
  | RulesOf<typeof Events>;
type IsTrue<T extends true> = T;
/** Fails to compile when a rule of `RefusalRules` has no message here. */
export type EveryRuleHasAMessage = IsTrue<[Exclude<RefusalRule, Spoken>] extends [never] ? true : false>;
