// What a doc example's generated module calls at run time: `check` for every stated value, and
// `hostOnly` for the things of a host that a compile-only block names (a database, a queue).

const MORE = Symbol('…');

/**
 * The `…` of a stated value: spread into an object (`{ held: '0.00', … }`) it lets the actual
 * object hold more keys; spread into an array (`['order.cancel', …]`) it lets the actual array
 * go on after the items listed.
 */
export const more = Object.defineProperties(
  { [MORE]: true },
  {
    // Not enumerable, so that an object spread copies the marker and not the iterator.
    [Symbol.iterator]: {
      enumerable: false,
      value: function* () {
        yield MORE;
      },
    },
  },
) as unknown as Iterable<never>;

/** Where a stated value is, and how the doc writes it, for the failure message. */
export type StatedAt = { readonly at: string; readonly code: string; readonly stated: string };

const failures: string[] = [];

/** Records a failure when `actual` does not match the value the doc states. */
export function check(actual: unknown, stated: () => unknown, where: StatedAt): void {
  const mismatch = mismatchOf(actual, stated(), '');
  if (mismatch !== undefined) failures.push(`${where.at}: ${where.code} is stated as ${where.stated}, but ${mismatch}`);
}

/** The failures recorded since the last call, and a fresh start. */
export function takeFailures(): string[] {
  return failures.splice(0);
}

/**
 * How `actual` differs from a stated value, or `undefined` when it matches: an object or array
 * without `…` must have exactly the keys or items listed; with `…`, at least those. A string
 * ending in `…` is the start of the actual string. Anything else compares with `Object.is`.
 */
export function mismatchOf(actual: unknown, stated: unknown, path: string): string | undefined {
  const where = path === '' ? 'it' : path;
  if (typeof stated === 'string' && stated.endsWith('…')) {
    const start = stated.slice(0, -1).trimEnd();
    return typeof actual === 'string' && actual.startsWith(start)
      ? undefined
      : `${where} is ${show(actual)}, which does not start with ${show(start)}`;
  }
  if (Array.isArray(stated)) return arrayMismatch(actual, stated, path);
  if (typeof stated === 'object' && stated !== null)
    return objectMismatch(actual, stated as Record<string | symbol, unknown>, path);
  return Object.is(actual, stated) ? undefined : `${where} is ${show(actual)}`;
}

function arrayMismatch(actual: unknown, stated: readonly unknown[], path: string): string | undefined {
  if (!Array.isArray(actual)) return `${path || 'it'} is ${show(actual)}, not an array`;
  const open = stated.at(-1) === MORE;
  const listed = open ? stated.slice(0, -1) : stated;
  if (open ? actual.length < listed.length : actual.length !== listed.length) {
    return `${path || 'it'} has ${actual.length} items: ${show(actual)}`;
  }
  for (const [index, item] of listed.entries()) {
    const mismatch = mismatchOf(actual[index], item, `${path}[${index}]`);
    if (mismatch !== undefined) return mismatch;
  }
  return undefined;
}

function objectMismatch(actual: unknown, stated: Record<string | symbol, unknown>, path: string): string | undefined {
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
    return `${path || 'it'} is ${show(actual)}, not an object`;
  const fields = actual as Record<string, unknown>;
  for (const key of Object.keys(stated)) {
    if (!Object.hasOwn(fields, key)) return `${path}.${key} is missing from ${show(actual)}`;
    const mismatch = mismatchOf(fields[key], stated[key], `${path}.${key}`);
    if (mismatch !== undefined) return mismatch;
  }
  const extra = stated[MORE] === true ? [] : Object.keys(fields).filter((key) => !Object.hasOwn(stated, key));
  return extra.length === 0
    ? undefined
    : `${path || 'it'} also has ${extra.join(', ')} (add them, or end the object with …): ${show(actual)}`;
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/**
 * A stand-in for something only a host has (its database, its queue, its session): the type a
 * compile-only block needs, and an error that says so if a running block ever touches it.
 */
export function hostOnly<T extends object>(name: string): T {
  const refuse = (): never => {
    throw new Error(`${name} stands for a host's own ${name}; a block that uses it must be marked compile-only`);
  };
  // A function target, so that a stand-in for a function refuses to be called too.
  return new Proxy(function standIn() {} as unknown as T, { get: refuse, apply: refuse });
}
