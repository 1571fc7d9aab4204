import { createOrderMachine, type Policy, presets, SequestreError } from '../../index';
import { isFields } from '../isFields';
import { analyzeHold, type HoldAnalysis } from './analyzeHold';
import { POLICY_FIELDS } from './policyFields';

/** One thing wrong with a policy file: the field, the library's rule name and its message. */
export type PolicyError = { readonly path: string; readonly rule: string; readonly message: string };

/** The verdict on a policy file: every error found, and the hold analysis when it is valid. */
export type PolicyReport =
  | { readonly valid: false; readonly errors: readonly PolicyError[] }
  | { readonly valid: true; readonly policy: Policy; readonly hold: HoldAnalysis };

const FIELDS = Object.keys(POLICY_FIELDS) as (keyof Policy)[];

/**
 * Checks a policy as `createOrder` would, but reports every wrong field instead of the first:
 * each field is judged on its own, on top of `presets.comeup`, by the library's own validation
 * (through `createOrderMachine`), so the CLI can never disagree with the library.
 */
export function checkPolicy(value: unknown, maxHold?: string): PolicyReport {
  if (!isFields(value))
    return {
      valid: false,
      errors: [
        {
          path: 'policy',
          rule: 'object.expected',
          message: 'The policy must be a JSON object with the fields of presets.comeup.',
        },
      ],
    };
  const errors: PolicyError[] = [];
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(POLICY_FIELDS, key))
      errors.push({
        path: `policy.${key}`,
        rule: 'policy.unknownField',
        message: `"policy.${key}" is not a policy field.`,
      });
  }
  for (const key of FIELDS) {
    if (value[key] === undefined)
      errors.push({
        path: `policy.${key}`,
        rule: 'policy.missingField',
        message: `"policy.${key}" is missing; start from presets.comeup and override fields.`,
      });
    else errors.push(...judge({ ...presets.comeup, [key]: value[key] }));
  }
  if (errors.length > 0) return { valid: false, errors };
  const policy = value as Policy;
  return { valid: true, policy, hold: analyzeHold(policy, maxHold) };
}

function judge(candidate: unknown): PolicyError[] {
  try {
    createOrderMachine(candidate as Policy);
    return [];
  } catch (error) {
    if (!(error instanceof SequestreError)) throw error;
    const { details } = error;
    const path = details !== undefined && 'path' in details && details.path !== undefined ? details.path : 'policy';
    return [{ path, rule: details?.rule ?? error.code, message: error.message }];
  }
}
