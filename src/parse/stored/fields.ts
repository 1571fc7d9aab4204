import type { Role } from '../../model/types';
import { readEnum, readId, readInteger, readLabel, readOptionalText } from '../readers';
import { type Parties, readActor } from './readActor';
import { readAmount, readPositiveAmount } from './readAmount';
import { readInstant, readNullableInstant } from './readInstant';
import { childPath, readRecord } from './readRecord';

/**
 * Stored objects are read from tables of fields rather than by hand: one table per object gives
 * its allowed keys, the order of the keys in the result and how each value is read, so those
 * three cannot drift apart (and the code stays small enough for a browser bundle).
 *
 * The readers speak `INVALID_INPUT` for the shared input rules; `parseOrder` turns every refusal
 * into `INVALID_ORDER`, so they need not say so here.
 */

/** What every field reader may need besides its value: the currency's digits and the parties. */
export type ReadContext = { readonly digits: number; readonly parties: Parties };

/** Reads one field; `undefined` leaves the field out of the result (an absent optional text). */
export type FieldReader = (value: unknown, path: string, context: ReadContext) => unknown;

export type Fields = Readonly<Record<string, FieldReader>>;

/**
 * Reads a stored object by its table: no key outside the table (`readRecord`), then each field in
 * the table's order, which is also the order of the result's keys.
 *
 * Refuses naming the first wrong field, through `refused`.
 */
export function readFields<T>(value: unknown, path: string, fields: Fields, context: ReadContext): T {
  const { keys, known, readers } = tableOf(fields);
  const record = readRecord(value, path, keys, known);
  const read: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    const field = readers[i]!(record[key], childPath(path, key), context);
    if (field !== undefined) read[key] = field;
  }
  return read as T;
}

type Table = {
  readonly keys: readonly string[];
  readonly known: ReadonlySet<string>;
  readonly readers: readonly FieldReader[];
};
const TABLES = new WeakMap<Fields, Table>();

/** A table's keys, as a list and a set, read once per table: a stored order holds hundreds of objects. */
function tableOf(fields: Fields): Table {
  let table = TABLES.get(fields);
  if (table === undefined) {
    const keys = Object.keys(fields);
    table = { keys, known: new Set(keys), readers: keys.map((key) => fields[key]!) };
    TABLES.set(fields, table);
  }
  return table;
}

/** A list of stored objects, each read by `read` at `path[i]`. */
export const readList = <T>(list: readonly unknown[], path: string, read: (value: unknown, path: string) => T): T[] =>
  list.map((value, i) => read(value, `${path}[${i}]`));

export const id: FieldReader = (value, path) => readId(value, path);
export const label: FieldReader = (value, path) => readLabel(value, path);
export const text: FieldReader = (value, path) => readOptionalText(value, path);
export const instant: FieldReader = (value, path) => readInstant(value, path);
export const nullableInstant: FieldReader = (value, path) => readNullableInstant(value, path);
export const amount: FieldReader = (value, path, { digits }) => readAmount(value, digits, path);
export const price: FieldReader = (value, path, { digits }) => readPositiveAmount(value, digits, path);
/** Keeps the value as it is, for a field its caller checks. */
export const raw: FieldReader = (value) => value;

// The factories below are marked free of side effects, so that a bundle without parseOrder drops
// the tables built from them at module level.

/* @__NO_SIDE_EFFECTS__ */
export function integer(min: number, max: number): FieldReader {
  return (value, path) => readInteger(value, path, min, max);
}

/* @__NO_SIDE_EFFECTS__ */
export function oneOf(allowed: readonly string[]): FieldReader {
  const known = new Set(allowed);
  return (value, path) => (typeof value === 'string' && known.has(value) ? value : readEnum(value, path, allowed));
}

/* @__NO_SIDE_EFFECTS__ */
export function actor(roles?: readonly Role[]): FieldReader {
  return (value, path, { parties }) => readActor(value, path, parties, roles);
}
