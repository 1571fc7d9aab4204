// Starts the reference service: the HTTP API and both workers, on PGlite in memory, or on
// PostgreSQL when DATABASE_URL is set. PORT picks the port (default 3000).
import { createService } from './createService';
import { openDatabase } from './openDatabase';
import { startWorkers } from './workers/startWorkers';

const database = await openDatabase();
const service = await createService(database.db);
const workers = startWorkers(service.context.store, service.handler, {
  onError: (error) => console.error('worker:', error),
});
const address = await service.app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' });
console.log(`sequestre marketplace on ${address}, ${database.label}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await service.app.close();
    await workers.stop();
    await database.close();
  });
}
