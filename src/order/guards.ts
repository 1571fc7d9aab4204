import { type GuardName, RULES } from './rules';
import type { MachineEvent, OrderContext } from './updates/context';

type GuardArgs = { readonly context: OrderContext; readonly event: MachineEvent };
type ParamsOf<K extends GuardName> = Parameters<(typeof RULES)[K]['check']>[2];

/** A guard of the machine: its rule finds nothing to say (see `rules/index.ts`). */
export type Guard<K extends GuardName> = (args: GuardArgs, params: ParamsOf<K>) => boolean;

/**
 * The named guards given to `setup()`, derived from the rules of the same names, so that a guard
 * and the reason `applyEvent` gives when it fails are one function and cannot disagree.
 */
export const guards = Object.fromEntries(
  (Object.keys(RULES) as GuardName[]).map((name) => {
    const rule = RULES[name] as {
      check: (order: OrderContext['order'], event: MachineEvent, params: unknown) => unknown;
    };
    const guard = ({ context, event }: GuardArgs, params: unknown) =>
      rule.check(context.order, event, params) === undefined;
    return [name, guard];
  }),
) as { readonly [K in GuardName]: Guard<K> };
