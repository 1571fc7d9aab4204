import type { FeesInput } from 'sequestre';
import type { OrderStore } from 'sequestre-postgres';
import type { FakeMailer } from './fake/fakeMailer';
import type { FakeProvider } from './fake/fakeProvider';

/** Everything a request handler needs. */
export type ServiceContext = {
  readonly store: OrderStore;
  readonly provider: FakeProvider;
  readonly mailer: FakeMailer;
  readonly clock: () => Date;
  /** The platform's fees, copied into each order at checkout (later changes never alter it). */
  readonly fees: FeesInput;
};

export const PLATFORM_FEES: FeesInput = { buyerFee: { rate: '0.05' }, commission: { rate: '0.20' } };
