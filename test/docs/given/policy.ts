// What docs/policy.md's example takes as given: the OrderInput of a paid checkout.
import { checkout } from '../../support/fixtures';

export const input = checkout();
