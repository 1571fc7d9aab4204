import { ID_LENGTH_MAX, SequestreError, TEXT_LENGTH_MAX, type ErrorCode } from '../errors';

/**
 * Small readers for untrusted JSON. Each one returns the value typed or throws a
 * `SequestreError` `INVALID_INPUT` naming the path; `parseOrder`, which reads stored orders with
 * them, turns its refusals into `INVALID_ORDER`.
 */
export type Code = Extract<ErrorCode, 'INVALID_INPUT' | 'INVALID_ORDER'>;

export function fail(code: Code, path: string, rule: string, message: string, extra?: Record<string, unknown>): never {
  throw new SequestreError(code, message, { path, rule, ...extra });
}

/** A plain object: not null, not an array, and with no `__proto__`/`constructor` own keys. */
export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('INVALID_INPUT', path, 'object.expected', `${path} must be an object.`);
  }
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    if (Object.prototype.hasOwnProperty.call(value, key)) fail('INVALID_INPUT', `${path}.${key}`, 'object.forbiddenKey', `${path} must not have a "${key}" key.`);
  }
  return value as Record<string, unknown>;
}

export function readArray(value: unknown, path: string, max: number): readonly unknown[] {
  if (!Array.isArray(value)) fail('INVALID_INPUT', path, 'array.expected', `${path} must be an array.`);
  if (value.length > max) fail('INVALID_INPUT', path, 'array.tooLong', `${path} must have at most ${max} entries.`, { limit: max });
  return value;
}

/** An id: a non-empty string of at most 128 characters (SPEC §4). */
export function readId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > ID_LENGTH_MAX) {
    fail('INVALID_INPUT', path, 'id.format', `${path} must be a non-empty string of at most ${ID_LENGTH_MAX} characters.`, { limit: ID_LENGTH_MAX });
  }
  return value;
}

/** A label: a non-empty string of at most 2,000 characters. */
export function readLabel(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > TEXT_LENGTH_MAX) {
    fail('INVALID_INPUT', path, 'text.format', `${path} must be a non-empty string of at most ${TEXT_LENGTH_MAX} characters.`, { limit: TEXT_LENGTH_MAX });
  }
  return value;
}

/** An optional message or reason: absent, or a string of at most 2,000 characters. */
export function readOptionalText(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > TEXT_LENGTH_MAX) {
    fail('INVALID_INPUT', path, 'text.format', `${path} must be a string of at most ${TEXT_LENGTH_MAX} characters.`, { limit: TEXT_LENGTH_MAX });
  }
  return value;
}

/** An integer in [min, max]. */
export function readInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail('INVALID_INPUT', path, 'integer.range', `${path} must be an integer from ${min} to ${max}.`, { min, max });
  }
  // -0 is 0 as far as JSON goes; read it as the 0 the library writes.
  return value === 0 ? 0 : value;
}

export function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail('INVALID_INPUT', path, 'boolean.expected', `${path} must be true or false.`);
  return value;
}

/** One of a fixed set of strings. */
export function readEnum<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail('INVALID_INPUT', path, 'enum.expected', `${path} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}.`, { expected: allowed });
  }
  return value as T;
}
