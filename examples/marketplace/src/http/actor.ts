import type { Actor } from 'sequestre';

/**
 * The caller's identity, from the `x-actor` header (`buyer:b-1`, `seller:s-1`, `platform:ops`).
 * A real service takes it from its session or token; the point is that it never comes from the
 * request body. `system` is refused: only the deadline worker sends ticks.
 */
export function parseActor(header: unknown): Actor | null {
  if (typeof header !== 'string') return null;
  const match = /^(buyer|seller|platform):([A-Za-z0-9_.@-]{1,128})$/.exec(header);
  if (match === null) return null;
  return { role: match[1] as Actor['role'], id: match[2] as string };
}
