// Runs in a consumer folder where the packed tarball is installed: both entries, both module
// systems, each doing real work. Plain Node, so it runs on every Node the package supports.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as rootEsm from 'sequestre';
import * as describeEsm from 'sequestre/describe';
import * as enEsm from 'sequestre/describe/en';
import * as frEsm from 'sequestre/describe/fr';
import * as escrowEsm from 'sequestre/escrow';
import { checkout, expectedQuote } from './checkout.mjs';
import { schema1Order } from './schema1Order.mjs';

const require = createRequire(import.meta.url);
const rootCjs = require('sequestre');
const escrowCjs = require('sequestre/escrow');
const describeCjs = require('sequestre/describe');
const frCjs = require('sequestre/describe/fr');
const enCjs = require('sequestre/describe/en');

function checkRoot(lib, how) {
  assert.deepEqual(lib.quoteOrder(checkout), expectedQuote, `${how}: quoteOrder`);
  const created = lib.createOrder(checkout);
  assert.ok(created.ok, `${how}: createOrder refused ${JSON.stringify(created.error)}`);
  assert.equal(created.order.status, 'pending');
  assert.equal(created.order.version, 1);
  assert.deepEqual(
    created.effects.map((e) => [e.type, e.to, e.toId, e.event, e.orderId, e.version, e.index]),
    [['notify', 'seller', 's-1', 'order.placed', 'o-1', 1, 0]],
  );
  assert.equal(created.order.schemaVersion, 2);

  const accepted = lib.applyEvent(created.order, {
    type: 'order.accept',
    at: '2026-03-01T12:00:00Z',
    by: { role: 'seller', id: 's-1' },
  });
  assert.ok(accepted.ok, `${how}: order.accept refused ${JSON.stringify(accepted.error)}`);
  assert.equal(accepted.order.status, 'inProgress');
  assert.equal(accepted.order.version, 2);
  assert.equal(accepted.order.deliveryDeadline, '2026-03-04T12:00:00.000Z');

  const refused = lib.applyEvent(created.order, {
    type: 'order.accept',
    at: '2026-03-01T12:00:00Z',
    by: { role: 'buyer', id: 'b-1' },
  });
  assert.equal(refused.ok, false);
  assert.equal(refused.error.code, 'FORBIDDEN', `${how}: a buyer accepting`);

  const stored = JSON.parse(JSON.stringify(accepted.order));
  assert.deepEqual(lib.parseOrder(stored), accepted.order, `${how}: parseOrder round trip`);
  assert.deepEqual(lib.getBalances(accepted.order), {
    currency: 'EUR',
    paidIn: '57.50',
    held: '57.50',
    refunded: '0.00',
    paidOut: '0.00',
    revenue: '0.00',
  });
  assert.equal(lib.presets.comeup.reviewWindow, 'P7D');
  assert.throws(
    () => lib.parseOrder({}),
    (e) => e instanceof lib.SequestreError && e.code === 'INVALID_ORDER',
  );
  assert.deepEqual(lib.safeParseOrder(stored), { ok: true, order: accepted.order }, `${how}: safeParseOrder`);
  assert.equal(lib.safeParseOrder({}).error.code, 'INVALID_ORDER');
  assert.equal(lib.toMinorUnits('57.50', 'EUR'), 5750);
  checkContract02(lib, how, created.order);
}

/** SPEC §13 on the packed package: the 0.2 contract as a consumer meets it. */
function checkContract02(lib, how, order) {
  const seller = { role: 'seller', id: 's-1' };
  const accepted = lib.applyEvent(order, { type: 'order.accept', at: '2026-03-01T12:00:00Z', by: seller, id: 'e-1' });
  assert.equal(accepted.ok, true);
  const retry = lib.applyEvent(accepted.order, {
    type: 'order.accept',
    at: '2026-03-02T12:00:00Z',
    by: seller,
    id: 'e-1',
  });
  assert.equal(retry.duplicate, true, `${how}: a retry is a duplicate`);
  const reused = lib.applyEvent(accepted.order, {
    type: 'order.deliver',
    at: '2026-03-02T12:00:00Z',
    by: seller,
    id: 'e-1',
  });
  assert.deepEqual(
    [reused.ok, reused.error?.code, reused.error?.details?.rule, 'order' in reused],
    [false, 'CONFLICT', 'event.idReused', false],
    `${how}: a reused id`,
  );
  const late = lib.applyEvent(accepted.order, { type: 'order.deliver', at: '9999-12-31T23:30:00-01:00', by: seller });
  assert.equal(late.error?.details?.rule, 'time.afterYear9999', `${how}: years keep four digits`);
  for (const weird of [undefined, null, 42, 'order', { schemaVersion: 2 }, [], Symbol('s')]) {
    assert.equal(
      typeof lib.applyEvent(weird, { type: 'clock.tick', at: '2026-03-01T12:00:00Z', by: { role: 'system' } }).ok,
      'boolean',
      `${how}: applyEvent never throws`,
    );
    assert.equal(typeof lib.createOrder(weird).ok, 'boolean', `${how}: createOrder never throws`);
  }
  const migrated = lib.parseOrder(schema1Order);
  assert.equal(migrated.schemaVersion, 2, `${how}: parseOrder migrates schema 1`);
  assert.equal(
    lib.applyEvent(schema1Order, { type: 'clock.tick', at: '2026-03-01T12:00:00Z', by: { role: 'system' } }).error
      ?.details?.rule,
    'order.schemaOutdated',
  );
  assert.deepEqual(
    migrated.policy.partialRefunds,
    { proposers: ['buyer', 'seller'], maxShare: null },
    `${how}: a schema 1 policy keeps its behaviour`,
  );
  checkPresets(lib, how);
}

/** SPEC §9 on the packed package: the Fiverr and Upwork presets, frozen, and what they change. */
function checkPresets(lib, how) {
  assert.ok(
    Object.isFrozen(lib.presets.fiverr) && Object.isFrozen(lib.presets.upwork.partialRefunds),
    `${how}: presets frozen`,
  );
  const seller = { role: 'seller', id: 's-1' };
  const fiverr = lib.createOrder({ ...checkout, policy: lib.presets.fiverr });
  assert.deepEqual(
    [fiverr.order.status, fiverr.order.acceptedAt, fiverr.order.history.length],
    ['inProgress', '2026-03-01T10:00:00.000Z', 1],
    `${how}: no acceptance step`,
  );
  const sellerCancel = lib.applyEvent(fiverr.order, { type: 'order.cancel', at: '2026-03-01T12:00:00Z', by: seller });
  assert.equal(sellerCancel.error?.details?.rule, 'cancel.sellerMustRequest', `${how}: a Fiverr seller asks`);
  const tooMuch = lib.applyEvent(fiverr.order, {
    type: 'refund.propose',
    at: '2026-03-01T12:00:00Z',
    by: seller,
    amount: '30.01',
  });
  assert.deepEqual(
    [tooMuch.error?.code, tooMuch.error?.details?.rule, tooMuch.error?.details?.max],
    ['INVALID_INPUT', 'refund.aboveMaxShare', '30.00'],
    `${how}: at most 60 %`,
  );
  const upwork = lib.createOrder({ ...checkout, policy: lib.presets.upwork });
  const buyerCancel = lib.applyEvent(upwork.order, {
    type: 'order.cancel',
    at: '2026-04-01T12:00:00Z',
    by: { role: 'buyer', id: 'b-1' },
  });
  assert.deepEqual(
    [buyerCancel.error?.code, buyerCancel.error?.details?.rule],
    ['NOT_ALLOWED', 'cancel.noLateCancellation'],
    `${how}: no late cancellation`,
  );
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

/** `sequestre/describe` and its one-locale entries describe an order the root created. */
function checkDescribe(root, all, fr, en, how) {
  const order = root.createOrder(checkout).order;
  const viewer = { role: 'seller', id: 's-1' };
  const at = '2026-03-01T11:00:00Z';
  assert.deepEqual(
    fr.describeOrder(order, { viewer, at }),
    all.describeOrder(order, { viewer, at, locale: 'fr' }),
    `${how}: describe/fr`,
  );
  assert.deepEqual(
    en.describeOrder(order, { viewer, at }),
    all.describeOrder(order, { viewer, at, locale: 'en' }),
    `${how}: describe/en`,
  );
  assert.equal(fr.describeOrder(order, { viewer, at }).title, fr.statusLabel('pending'), `${how}: describe/fr title`);
  assert.notEqual(fr.statusLabel('pending'), en.statusLabel('pending'), `${how}: two languages`);
  assert.equal(en.actionLabel('order.deliver'), 'Deliver the order', `${how}: describe/en actionLabel`);
  assert.equal(fr.formatAmount('57.50', 'EUR'), all.formatAmount('57.50', 'EUR', 'fr'), `${how}: formatAmount`);
  assert.deepEqual(all.LOCALES, ['fr', 'en']);
  // One error class per module system, whichever entry threw it.
  assert.throws(
    () => fr.actionLabel('order.nope'),
    (e) => e instanceof root.SequestreError && e.code === 'INVALID_INPUT',
    `${how}: describe/fr throws the root's SequestreError`,
  );
  assert.equal(all.SequestreError, root.SequestreError, `${how}: sequestre/describe shares the root's SequestreError`);
}

checkRoot(rootEsm, 'import sequestre');
checkRoot(rootCjs, 'require sequestre');
checkEscrow(escrowEsm, 'import sequestre/escrow');
checkEscrow(escrowCjs, 'require sequestre/escrow');
checkDescribe(rootEsm, describeEsm, frEsm, enEsm, 'import sequestre/describe');
checkDescribe(rootCjs, describeCjs, frCjs, enCjs, 'require sequestre/describe');
// Each module system loads every entry's shared code once: an error thrown through one entry is
// an instance of the class another entry exports (tsup splits the CommonJS build too).
assert.equal(escrowEsm.SequestreError, rootEsm.SequestreError);
assert.equal(escrowCjs.SequestreError, rootCjs.SequestreError);
// The two module systems load two builds, not one re-exported through the other.
assert.notEqual(rootEsm.SequestreError, rootCjs.SequestreError);

console.log(`smoke ok on Node ${process.versions.node}`);
