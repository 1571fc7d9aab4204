import type { Policy } from '../../index';
import { POLICY_FIELDS } from './policyFields';

/** One field on which a policy differs from the one it is compared with. */
export type PolicyDifference = { readonly field: keyof Policy; readonly against: unknown; readonly value: unknown };

/**
 * The fields on which `policy` differs from `base`, in the order of `Policy` (the name, a label,
 * aside), so a platform sees at a glance what its rules change from a preset's. Values are
 * compared as JSON: `["buyer", "seller"]` and `["seller", "buyer"]` list the same proposers in
 * another order, and are shown as a difference, which a reader can judge.
 */
export function comparePolicies(policy: Policy, base: Policy): PolicyDifference[] {
  const fields = (Object.keys(POLICY_FIELDS) as (keyof Policy)[]).filter((field) => field !== 'name');
  return fields
    .filter((field) => JSON.stringify(policy[field]) !== JSON.stringify(base[field]))
    .map((field) => ({ field, against: base[field], value: policy[field] }));
}
