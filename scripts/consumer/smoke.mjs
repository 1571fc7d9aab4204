// Runs in a consumer folder where the packed tarball is installed: both entries, both module
// systems, each doing real work. Plain Node, so it runs on every Node the package supports.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as rootEsm from 'sequestre';
import * as escrowEsm from 'sequestre/escrow';
import { checkout, expectedQuote } from './checkout.mjs';

const require = createRequire(import.meta.url);
const rootCjs = require('sequestre');
const escrowCjs = require('sequestre/escrow');

function checkRoot(lib, how) {
  assert.deepEqual(lib.quoteOrder(checkout), expectedQuote, `${how}: quoteOrder`);
  const created = lib.createOrder(checkout);
  assert.ok(created.ok, `${how}: createOrder refused ${JSON.stringify(created.error)}`);
  assert.equal(created.order.status, 'pending');
  assert.equal(created.order.version, 1);
  assert.deepEqual(created.effects.map((e) => [e.type, e.to, e.toId, e.event, e.orderId, e.version, e.index]), [['notify', 'seller', 's-1', 'order.placed', 'o-1', 1, 0]]);
  assert.equal(created.order.schemaVersion, 2);

  const accepted = lib.applyEvent(created.order, {
    type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'seller', id: 's-1' },
  });
  assert.ok(accepted.ok, `${how}: order.accept refused ${JSON.stringify(accepted.error)}`);
  assert.equal(accepted.order.status, 'inProgress');
  assert.equal(accepted.order.version, 2);
  assert.equal(accepted.order.deliveryDeadline, '2026-03-04T12:00:00.000Z');

  const refused = lib.applyEvent(created.order, {
    type: 'order.accept', at: '2026-03-01T12:00:00Z', by: { role: 'buyer', id: 'b-1' },
  });
  assert.equal(refused.ok, false);
  assert.equal(refused.error.code, 'FORBIDDEN', `${how}: a buyer accepting`);

  const stored = JSON.parse(JSON.stringify(accepted.order));
  assert.deepEqual(lib.parseOrder(stored), accepted.order, `${how}: parseOrder round trip`);
  assert.deepEqual(lib.getBalances(accepted.order), {
    currency: 'EUR', paidIn: '57.50', held: '57.50', refunded: '0.00', paidOut: '0.00', revenue: '0.00',
  });
  assert.equal(lib.presets.comeup.reviewWindow, 'P7D');
  assert.throws(() => lib.parseOrder({}), (e) => e instanceof lib.SequestreError && e.code === 'INVALID_ORDER');
  assert.deepEqual(lib.safeParseOrder(stored), { ok: true, order: accepted.order }, `${how}: safeParseOrder`);
  assert.equal(lib.safeParseOrder({}).error.code, 'INVALID_ORDER');
  assert.equal(lib.toMinorUnits('57.50', 'EUR'), 5750);
}

function checkEscrow(lib, how) {
  assert.deepEqual(lib.quoteOrder(checkout), expectedQuote, `${how}: quoteOrder`);
  assert.equal(lib.toMinorUnits('1.250', 'KWD'), 1250, `${how}: toMinorUnits`);
  assert.throws(
    () => lib.quoteOrder({ ...checkout, currency: 'XXY' }),
    (e) => e instanceof lib.SequestreError && e.code === 'INVALID_INPUT',
    `${how}: an unknown currency`,
  );
}

checkRoot(rootEsm, 'import sequestre');
checkRoot(rootCjs, 'require sequestre');
checkEscrow(escrowEsm, 'import sequestre/escrow');
checkEscrow(escrowCjs, 'require sequestre/escrow');
// The two module systems load two builds, not one re-exported through the other.
assert.notEqual(rootEsm.SequestreError, rootCjs.SequestreError);

console.log(`smoke ok on Node ${process.versions.node}`);
