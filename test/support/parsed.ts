import type { Parsed, Refusal } from '../../src/errors';

/** The value of a parse that must succeed; fails the test with the refusal's message otherwise. */
export function parsedValue<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected a value, got ${parsed.refusal.code}: ${parsed.refusal.message}`);
  return parsed.value;
}

/** The refusal of a parse that must fail, as a plain object; fails the test when it answers a value. */
export function refusalOf<T>(parsed: Parsed<T>): Refusal {
  if (parsed.ok) throw new Error('expected a refusal, got a value');
  return parsed.refusal;
}
