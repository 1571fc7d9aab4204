import type { FastifyReply } from 'fastify';
import { type AnyErrorCode, STATUS_OF } from './statusOf';

/** A refusal as JSON: `{ error: { code, message, details? }, ...extra }`, with its mapped status. */
export function refuse(
  reply: FastifyReply,
  error: { code: AnyErrorCode; message: string; details?: unknown },
  extra: Record<string, unknown> = {},
) {
  return reply.code(STATUS_OF[error.code]).send({ error, ...extra });
}
