import type { EffectHandler, OrderStore } from 'sequestre-postgres';

/**
 * The service's two background loops: the outbox worker carries out effects, the deadline worker
 * ticks due orders. Each loop runs again at once while it finds work, and waits `idleMs` when it
 * finds none. Any number of processes may run them: the store's claims keep them apart.
 */
export function startWorkers(
  store: OrderStore,
  handler: EffectHandler,
  options: { idleMs?: number; onError?: (error: unknown) => void } = {},
): { stop(): Promise<void> } {
  const idleMs = options.idleMs ?? 1_000;
  let running = true;
  const loop = async (once: () => Promise<number>): Promise<void> => {
    while (running) {
      let worked = 0;
      try {
        worked = await once();
      } catch (error) {
        options.onError?.(error);
      }
      if (worked === 0 && running) await new Promise((resolve) => setTimeout(resolve, idleMs));
    }
  };
  const outbox = loop(async () => (await store.deliverEffects(handler)).claimed);
  const deadlines = loop(async () => (await store.runDueDeadlines()).claimed);
  return {
    async stop() {
      running = false;
      await Promise.all([outbox, deadlines]);
    },
  };
}
