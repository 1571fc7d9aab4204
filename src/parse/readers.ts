import {
  arrayExpected,
  arrayTooLong,
  booleanExpected,
  enumExpected,
  ID_LENGTH_MAX,
  idFormat,
  integerRange,
  invalidInput,
  objectExpected,
  objectForbiddenKey,
  TEXT_LENGTH_MAX,
  textFormat,
} from '../errors';

/**
 * Small readers for untrusted JSON. Each one returns the value typed, or refuses it with an
 * `INVALID_INPUT` naming the path: it ends the read of the parser it runs in (`refused`), whose
 * entry answers the refusal as a value (`parsing`). `parseOrder`, which reads stored orders with
 * them, answers `INVALID_ORDER`.
 */

/** A plain object: not null, not an array, and with no `__proto__`/`constructor` own keys. */
export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalidInput(objectExpected, { path });
  }
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    if (Object.hasOwn(value, key)) invalidInput(objectForbiddenKey, { path: `${path}.${key}` }, key);
  }
  return value as Record<string, unknown>;
}

export function readArray(value: unknown, path: string, max: number): readonly unknown[] {
  if (!Array.isArray(value)) invalidInput(arrayExpected, { path });
  if (value.length > max) invalidInput(arrayTooLong, { path, limit: max });
  return value;
}

/** An id: a non-empty string of at most 128 characters (SPEC §4). */
export function readId(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > ID_LENGTH_MAX) {
    invalidInput(idFormat, { path, limit: ID_LENGTH_MAX });
  }
  return value;
}

/** A label: a non-empty string of at most 2,000 characters. */
export function readLabel(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > TEXT_LENGTH_MAX) {
    invalidInput(textFormat, { path, limit: TEXT_LENGTH_MAX });
  }
  return value;
}

/** An optional message or reason: absent, or a string of at most 2,000 characters. */
export function readOptionalText(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > TEXT_LENGTH_MAX) {
    const emptyAllowed = true;
    invalidInput(textFormat, { path, limit: TEXT_LENGTH_MAX }, emptyAllowed);
  }
  return value;
}

/** An integer in [min, max]. */
export function readInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    invalidInput(integerRange, { path, min, max });
  }
  // -0 is 0 as far as JSON goes; read it as the 0 the library writes.
  return value === 0 ? 0 : value;
}

export function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') invalidInput(booleanExpected, { path });
  return value;
}

/** One of a fixed set of strings. */
export function readEnum<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    invalidInput(enumExpected, { path, expected: allowed });
  }
  return value as T;
}
