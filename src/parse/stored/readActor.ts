import { actorNotParty, invalidOrder } from '../../errors';
import type { Actor, Role } from '../../model/types';
import { ROLES } from '../../model/vocabulary';
import { readEnum, readId } from '../readers';
import { readRecord } from './readRecord';

/** The order's two parties, against which recorded buyer and seller ids are checked. */
export type Parties = { readonly buyer: string; readonly seller: string };

/**
 * Reads a recorded sender (SPEC §3): buyer and seller carry the order's own party id, because
 * `applyEvent` refuses any other (`FORBIDDEN`); platform and system ids are optional.
 *
 * @param roles - The roles that may appear here (a refund proposal is by buyer or seller only).
 * Refuses `INVALID_ORDER` naming the first wrong field, through `refused`.
 */
export function readActor(value: unknown, path: string, parties: Parties, roles: readonly Role[] = ROLES): Actor {
  const actor = readRecord(value, path, ['role', 'id']);
  const role = readEnum(actor.role, `${path}.role`, roles);
  if (role === 'buyer' || role === 'seller') {
    const id = readId(actor.id, `${path}.id`);
    if (id !== parties[role]) invalidOrder(actorNotParty, { path: `${path}.id` }, id, role, parties[role]);
    return { role, id };
  }
  return actor.id === undefined ? { role } : { role, id: readId(actor.id, `${path}.id`) };
}
