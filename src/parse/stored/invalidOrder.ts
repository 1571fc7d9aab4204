import { fail } from '../readers';

/**
 * Refuses a stored order: every refusal of `parseOrder` is `INVALID_ORDER`, with the field in
 * `details.path` and the precise rule in `details.rule` (STYLE §5).
 *
 * @throws SequestreError `INVALID_ORDER`, always.
 */
export function invalidOrder(path: string, rule: string, message: string, extra?: Record<string, unknown>): never {
  return fail('INVALID_ORDER', path, rule, message, extra);
}
