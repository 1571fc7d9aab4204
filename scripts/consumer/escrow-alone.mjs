// Runs with xstate removed from the consumer folder: `sequestre/escrow` must still load and
// work, through both module systems, while the root (which needs xstate) must fail to load,
// which proves xstate is really absent.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { checkout, expectedQuote } from './checkout.mjs';

const require = createRequire(import.meta.url);

await assert.rejects(import('xstate'), { code: 'ERR_MODULE_NOT_FOUND' }, 'xstate is still installed');
await assert.rejects(import('sequestre'), /xstate/, 'the root loaded without xstate');

const escrowEsm = await import('sequestre/escrow');
assert.deepEqual(escrowEsm.quoteOrder(checkout), expectedQuote);

const escrowCjs = require('sequestre/escrow');
assert.deepEqual(escrowCjs.quoteOrder(checkout), expectedQuote);
const loaded = Object.keys(require.cache);
assert.ok(
  loaded.some((file) => file.includes('escrow.cjs')),
  'the CJS build was not loaded',
);
assert.deepEqual(
  loaded.filter((file) => /[\\/]xstate[\\/]/.test(file)),
  [],
);

console.log('escrow ok without xstate (import and require)');
