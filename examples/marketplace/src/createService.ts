import { createStore, type Database, type OrderStore, type StoreOptions } from 'sequestre-postgres';
import { PLATFORM_FEES, type ServiceContext } from './context';
import { FakeMailer } from './fake/fakeMailer';
import { FakeProvider } from './fake/fakeProvider';
import { buildApp } from './http/buildApp';
import { carryOut } from './workers/carryOut';

/** The whole service on one database: store, fake provider and mailer, HTTP app, effect handler. */
export async function createService(
  db: Database,
  options: { clock?: () => Date; store?: OrderStore; storeOptions?: Omit<StoreOptions, 'db' | 'clock'> } = {},
) {
  const clock = options.clock ?? (() => new Date());
  const store = options.store ?? createStore({ db, clock, ...options.storeOptions });
  const provider = new FakeProvider(db);
  const mailer = new FakeMailer(db);
  await store.migrate();
  await provider.migrate();
  await mailer.migrate();
  const context: ServiceContext = { store, provider, mailer, clock, fees: PLATFORM_FEES };
  return { context, app: buildApp(context), handler: carryOut(provider, mailer) };
}
