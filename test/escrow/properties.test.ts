import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Balances,
  type EscrowHolder,
  type EscrowStep,
  type Fees,
  forfeit,
  getBalances,
  holdExtra,
  type Movement,
  openEscrow,
  type PartialFeeRule,
  type Quote,
  quoteExtra,
  quoteOrder,
  refundFull,
  refundPartial,
  release,
} from '../../src/entries/escrow';
import { AT, advance, feesOf, opened, withExtra } from './fixtures';

// ---------------------------------------------------------------------------------------------
// An independent oracle: amounts as bigint minor units, rates as bigint ten-thousandths, rounding
// half-even by integer division. Nothing here calls the code under test.

const RATE_SCALE = 10_000n;
const RUNS = 300;

type Rate = { readonly num: bigint; readonly text: string };
type Currency = { readonly code: string; readonly digits: number };
type Final = 'release' | 'refundFull:true' | 'refundFull:false' | 'forfeit';
type Op =
  | { readonly kind: 'extra'; readonly price: number }
  | { readonly kind: 'refund'; readonly seed: number; readonly rule: PartialFeeRule };

type Scenario = {
  readonly currency: Currency;
  readonly items: readonly number[];
  readonly tip: number;
  readonly buyerRate: Rate;
  readonly fixed: number;
  readonly commission: Rate;
  readonly tipRate: Rate;
  readonly ops: readonly Op[];
  readonly final: Final;
};

function roundHalfEvenDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twice = 2n * (numerator % denominator);
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

function fmt(minor: bigint, digits: number): string {
  if (minor < 0n) throw new Error(`negative amount ${minor}`);
  const text = minor.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Minor units of a figure the library wrote; refuses any other shape (a sign, wrong digits). */
function minor(text: string, digits: number): bigint {
  const pattern = digits === 0 ? /^(0|[1-9][0-9]*)$/ : new RegExp(`^(0|[1-9][0-9]*)\\.([0-9]{${digits}})$`);
  if (!pattern.test(text)) throw new Error(`"${text}" is not a non-negative amount with ${digits} decimals`);
  return BigInt(text.replace('.', ''));
}

/** F(S) = round(S × rate) + fixed, on minor units. */
function feeOf(subtotal: bigint, s: Scenario): bigint {
  return roundHalfEvenDiv(subtotal * s.buyerRate.num, RATE_SCALE) + BigInt(s.fixed);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries.

const CURRENCIES: readonly Currency[] = [
  { code: 'EUR', digits: 2 },
  { code: 'JPY', digits: 0 },
  { code: 'KWD', digits: 3 },
];

/** Any rate with up to 4 decimals, biased towards round rates (5 %, 15 %, 50 %…) that make ties. */
const rateArb: fc.Arbitrary<Rate> = fc
  .oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0, 500, 1_000, 1_500, 2_000, 2_500, 5_000, 10_000))
  .map((n) => {
    if (n === 0) return { num: 0n, text: '0' };
    if (n === 10_000) return { num: RATE_SCALE, text: '1' };
    return { num: BigInt(n), text: `0.${String(n).padStart(4, '0').replace(/0+$/, '')}` };
  });

/** Minor units: any size up to `max`, round tens (ties at round rates) or tiny (fee caps). */
function amountArb(max: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: 1, max }),
    fc.integer({ min: 1, max: Math.floor(max / 10) }).map((n) => n * 10),
    fc.integer({ min: 1, max: 300 }),
  );
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('extra' as const), price: amountArb(2_000_000) }),
  fc.record({
    kind: fc.constant('refund' as const),
    seed: fc.nat(),
    rule: fc.constantFrom<PartialFeeRule>('proportional', 'none'),
  }),
);

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  items: fc.array(amountArb(5_000_000), { minLength: 1, maxLength: 3 }),
  tip: fc.oneof(fc.constant(0), amountArb(100_000)),
  buyerRate: rateArb,
  fixed: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 })),
  commission: rateArb,
  tipRate: rateArb,
  ops: fc.array(opArb, { maxLength: 7 }),
  final: fc.constantFrom<Final>('release', 'refundFull:true', 'refundFull:false', 'forfeit'),
});

/** Small subtotals, a large fixed fee and many proportional refunds: the fee-refund cap bites. */
const capScenarioArb: fc.Arbitrary<Scenario> = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  items: fc.array(fc.integer({ min: 2, max: 200 }), { minLength: 1, maxLength: 2 }),
  tip: fc.constant(0),
  buyerRate: rateArb,
  fixed: fc.integer({ min: 1, max: 60 }),
  commission: rateArb,
  tipRate: rateArb,
  ops: fc.array(
    fc.record({
      kind: fc.constant('refund' as const),
      seed: fc.integer({ min: 0, max: 30 }),
      rule: fc.constant<PartialFeeRule>('proportional'),
    }),
    { minLength: 2, maxLength: 10 },
  ),
  final: fc.constantFrom<Final>('release', 'refundFull:true', 'refundFull:false', 'forfeit'),
});

// ---------------------------------------------------------------------------------------------
// The runner: plays a scenario and records every step for the laws below.

type Step = {
  readonly kind: 'checkout' | 'extra' | 'refund' | Final;
  readonly before: Balances | null;
  readonly after: Balances;
  readonly movements: readonly Movement[];
  /** Money paid in by this step, and by which payment. */
  readonly paid?: { readonly id: string; readonly amount: string };
  /** For partial refunds: R, the fee rule and the cumulative figures before the step. */
  readonly refund?: {
    readonly amount: bigint;
    readonly rule: PartialFeeRule;
    readonly subtotal: bigint;
    readonly feeRefundedBefore: bigint;
  };
  /** For the final step: the items refunded so far and the fee refunded so far. */
  readonly settled?: { readonly refundedItems: bigint; readonly feeRefunded: bigint };
};

type Trace = {
  readonly scenario: Scenario;
  readonly digits: number;
  readonly checkout: Quote;
  readonly extras: readonly { readonly price: bigint; readonly subtotalBefore: bigint; readonly quote: Quote }[];
  readonly subtotal: bigint;
  readonly steps: readonly Step[];
  readonly finalHolder: EscrowHolder;
};

function sumOf(movements: readonly Movement[], type: Movement['type'], digits: number): bigint {
  return movements.filter((m) => m.type === type).reduce((sum, m) => sum + minor(m.amount, digits), 0n);
}

function run(s: Scenario): Trace {
  const { code: currency, digits } = s.currency;
  const fixed = fmt(BigInt(s.fixed), digits);
  const fees: Fees = {
    buyerFee: { rate: s.buyerRate.text, fixed },
    commission: { rate: s.commission.text },
    tipCommission: { rate: s.tipRate.text },
  };
  const checkout = quoteOrder({
    currency,
    items: s.items.map((price, i) => ({ id: `item-${i}`, label: `Item ${i}`, price: fmt(BigInt(price), digits) })),
    tip: fmt(BigInt(s.tip), digits),
    fees,
  });
  const steps: Step[] = [];
  const opening = openEscrow({
    currency,
    fees,
    subtotal: checkout.subtotal,
    tip: checkout.tip,
    payment: { id: 'pay-0', amount: checkout.total },
    at: AT,
    cause: 'order.placed',
    version: 1,
  });
  let holder: EscrowHolder = { currency, fees, escrow: opening.escrow };
  steps.push({
    kind: 'checkout',
    before: null,
    after: getBalances(holder),
    movements: opening.movements,
    paid: { id: 'pay-0', amount: checkout.total },
  });

  let subtotal = minor(checkout.subtotal, digits);
  let refundedItems = 0n;
  let feeRefunded = 0n;
  const extras: { price: bigint; subtotalBefore: bigint; quote: Quote }[] = [];
  const play = (kind: Step['kind'], step: EscrowStep, extra: Partial<Step> = {}) => {
    const before = getBalances(holder);
    holder = advance(holder, step);
    steps.push({ kind, before, after: getBalances(holder), movements: step.movements, ...extra });
  };

  for (const op of s.ops) {
    if (op.kind === 'extra') {
      if (extras.length === 3) continue;
      const price = BigInt(op.price);
      const quote = quoteExtra(holder, fmt(price, digits));
      const id = `pay-${extras.length + 1}`;
      extras.push({ price, subtotalBefore: subtotal, quote });
      play(
        'extra',
        holdExtra(holder, {
          price: quote.subtotal,
          payment: { id, amount: quote.total },
          at: AT,
          cause: 'option.add',
          version: 2,
        }),
        {
          paid: { id, amount: quote.total },
        },
      );
      subtotal += price;
    } else {
      const room = subtotal - refundedItems;
      if (room <= 1n) continue;
      const amount = 1n + (BigInt(op.seed) % (room - 1n));
      const step = refundPartial(holder, {
        amount: fmt(amount, digits),
        buyerFee: op.rule,
        at: AT,
        cause: 'refund.accept',
        version: 2,
      });
      play('refund', step, { refund: { amount, rule: op.rule, subtotal, feeRefundedBefore: feeRefunded } });
      feeRefunded += sumOf(step.movements, 'refund', digits) - amount;
      refundedItems += amount;
    }
  }

  const settled = { refundedItems, feeRefunded };
  const params = { at: AT, cause: 'final', version: 2 };
  if (s.final === 'release') play('release', release(holder, params), { settled });
  else if (s.final === 'forfeit') play('forfeit', forfeit(holder, params), { settled });
  else play(s.final, refundFull(holder, { ...params, refundBuyerFee: s.final === 'refundFull:true' }), { settled });

  return { scenario: s, digits, checkout, extras, subtotal, steps, finalHolder: holder };
}

function figures(b: Balances, digits: number) {
  return {
    paidIn: minor(b.paidIn, digits),
    held: minor(b.held, digits),
    refunded: minor(b.refunded, digits),
    paidOut: minor(b.paidOut, digits),
    revenue: minor(b.revenue, digits),
  };
}

function lastStep(trace: Trace): Step {
  const step = trace.steps[trace.steps.length - 1];
  if (step === undefined) throw new Error('empty trace');
  return step;
}

function property(law: (trace: Trace) => void, arbitrary: fc.Arbitrary<Scenario> = scenarioArb) {
  fc.assert(
    fc.property(arbitrary, (s) => law(run(s))),
    { numRuns: RUNS },
  );
}

// ---------------------------------------------------------------------------------------------
// The laws.

/** A partial refund gives back R + min(round(F × R / S), F − fee refunded so far), or R alone. */
function partialRefundLaw(trace: Trace): void {
  const d = trace.digits;
  for (const step of trace.steps) {
    if (step.refund === undefined) continue;
    const { amount, rule, subtotal, feeRefundedBefore } = step.refund;
    const fee = feeOf(subtotal, trace.scenario);
    const proportional = roundHalfEvenDiv(fee * amount, subtotal);
    // biome-ignore lint/complexity/useMathMinMax: bigints, which Math.min does not take.
    const capped = proportional < fee - feeRefundedBefore ? proportional : fee - feeRefundedBefore;
    const expected = rule === 'none' ? amount : amount + capped;
    expect(step.movements.every((m) => m.type === 'refund')).toBe(true);
    expect(sumOf(step.movements, 'refund', d)).toBe(expected);
  }
}

/** The fee refunded, partial refunds and a final full refund together, never exceeds F. */
function feeRefundCapLaw(trace: Trace): void {
  const d = trace.digits;
  let feeRefunded = 0n;
  for (const step of trace.steps) {
    if (step.refund === undefined) continue;
    feeRefunded += sumOf(step.movements, 'refund', d) - step.refund.amount;
    expect(feeRefunded >= 0n).toBe(true);
    expect(feeRefunded <= feeOf(step.refund.subtotal, trace.scenario)).toBe(true);
  }
  const final = lastStep(trace);
  if (final.kind === 'refundFull:true' || final.kind === 'refundFull:false') {
    const items = trace.subtotal - (final.settled?.refundedItems ?? 0n);
    const feeBack = sumOf(final.movements, 'refund', d) - items - BigInt(trace.scenario.tip);
    expect(feeBack >= 0n).toBe(true);
    expect(feeRefunded + feeBack <= feeOf(trace.subtotal, trace.scenario)).toBe(true);
  }
}

describe('escrow properties (EUR, JPY, KWD; random checkout, extras, partial refunds, one final step)', () => {
  it('conserves money at every step: paidIn = held + refunded + paidOut + revenue', () => {
    property((trace) => {
      for (const step of trace.steps) {
        const f = figures(step.after, trace.digits);
        expect(f.paidIn).toBe(f.held + f.refunded + f.paidOut + f.revenue);
        expect(step.after.currency).toBe(trace.scenario.currency.code);
      }
    });
  });

  it('never shows a negative figure, and writes every figure and movement with the currency digits', () => {
    property((trace) => {
      for (const step of trace.steps) {
        for (const key of ['paidIn', 'held', 'refunded', 'paidOut', 'revenue'] as const) {
          expect(minor(step.after[key], trace.digits) >= 0n).toBe(true);
        }
        for (const movement of step.movements) expect(minor(movement.amount, trace.digits) > 0n).toBe(true);
      }
    });
  });

  it('matches a reference ledger rebuilt from the payments and movements alone after every step', () => {
    property((trace) => {
      const d = trace.digits;
      const model = { paidIn: 0n, refunded: 0n, paidOut: 0n, revenue: 0n };
      for (const step of trace.steps) {
        if (step.paid !== undefined) model.paidIn += minor(step.paid.amount, d);
        model.refunded += sumOf(step.movements, 'refund', d);
        model.paidOut += sumOf(step.movements, 'payout', d);
        model.revenue += sumOf(step.movements, 'revenue', d);
        const held = model.paidIn - model.refunded - model.paidOut - model.revenue;
        expect(figures(step.after, d)).toEqual({ ...model, held });
      }
    });
  });

  it('moves out exactly the rise of refunded + paidOut + revenue in each step', () => {
    property((trace) => {
      const d = trace.digits;
      for (const step of trace.steps) {
        if (step.before === null) continue;
        const before = figures(step.before, d);
        const after = figures(step.after, d);
        const moved = step.movements.reduce((sum, m) => sum + minor(m.amount, d), 0n);
        expect(moved).toBe(
          after.refunded + after.paidOut + after.revenue - (before.refunded + before.paidOut + before.revenue),
        );
      }
    });
  });

  it('sums each revenue breakdown to its amount', () => {
    property((trace) => {
      const d = trace.digits;
      for (const step of trace.steps) {
        for (const m of step.movements) {
          if (m.type !== 'revenue') continue;
          const { commission, tipCommission, buyerFee, forfeited } = m.breakdown;
          expect([commission, tipCommission, buyerFee, forfeited].reduce((sum, a) => sum + minor(a, d), 0n)).toBe(
            minor(m.amount, d),
          );
        }
      }
    });
  });

  it('never refunds a payment more than it paid in', () => {
    property((trace) => {
      const d = trace.digits;
      const left = new Map<string, bigint>();
      for (const step of trace.steps) {
        if (step.paid !== undefined) left.set(step.paid.id, minor(step.paid.amount, d));
        for (const m of step.movements) {
          if (m.type !== 'refund') continue;
          const rest = (left.get(m.paymentId) ?? 0n) - minor(m.amount, d);
          expect(rest >= 0n).toBe(true);
          left.set(m.paymentId, rest);
        }
      }
    });
  });

  it('holds zero after the final step', () => {
    property((trace) => {
      expect(lastStep(trace).after.held).toBe(fmt(0n, trace.digits));
      expect(getBalances(trace.finalHolder).held).toBe(fmt(0n, trace.digits));
    });
  });

  it('quotes the checkout as S₀ + T + F(S₀), with F(S₀) = round(S₀ × rate) + fixed, half-even', () => {
    property((trace) => {
      const s = trace.scenario;
      const d = trace.digits;
      const s0 = s.items.reduce((sum, p) => sum + BigInt(p), 0n);
      expect(trace.checkout).toEqual({
        currency: s.currency.code,
        subtotal: fmt(s0, d),
        tip: fmt(BigInt(s.tip), d),
        buyerFee: fmt(feeOf(s0, s), d),
        total: fmt(s0 + BigInt(s.tip) + feeOf(s0, s), d),
      });
    });
  });

  it('charges each extra p + F(S + p) − F(S), so the fees paid add up to F of the cumulative S', () => {
    property((trace) => {
      const s = trace.scenario;
      const d = trace.digits;
      let paidFees = minor(trace.checkout.buyerFee, d);
      for (const extra of trace.extras) {
        const delta = feeOf(extra.subtotalBefore + extra.price, s) - feeOf(extra.subtotalBefore, s);
        expect(extra.quote).toEqual({
          currency: s.currency.code,
          subtotal: fmt(extra.price, d),
          tip: fmt(0n, d),
          buyerFee: fmt(delta, d),
          total: fmt(extra.price + delta, d),
        });
        paidFees += minor(extra.quote.buyerFee, d);
      }
      expect(paidFees).toBe(feeOf(trace.subtotal, s));
    });
  });

  it('gives back R + min(round(F × R / S), fee left) on a partial refund, or R alone with the rule none', () => {
    property(partialRefundLaw);
  });

  it('never refunds more buyer fee than the buyer fee', () => {
    property(feeRefundCapLaw);
  });

  it('pays on release E − round(E × rate) + T − round(T × tipRate) and keeps the commissions and the fee not refunded', () => {
    property((trace) => {
      const final = lastStep(trace);
      if (final.kind !== 'release' || final.settled === undefined) return;
      const s = trace.scenario;
      const d = trace.digits;
      const tip = BigInt(s.tip);
      const earned = trace.subtotal - final.settled.refundedItems;
      const commission = roundHalfEvenDiv(earned * s.commission.num, RATE_SCALE);
      const tipCommission = roundHalfEvenDiv(tip * s.tipRate.num, RATE_SCALE);
      const payout = earned - commission + tip - tipCommission;
      const buyerFee = feeOf(trace.subtotal, s) - final.settled.feeRefunded;
      const expected: Movement[] = [];
      if (payout > 0n) expected.push({ type: 'payout', amount: fmt(payout, d) });
      const revenue = commission + tipCommission + buyerFee;
      if (revenue > 0n) {
        expected.push({
          type: 'revenue',
          amount: fmt(revenue, d),
          breakdown: {
            commission: fmt(commission, d),
            tipCommission: fmt(tipCommission, d),
            buyerFee: fmt(buyerFee, d),
            forfeited: fmt(0n, d),
          },
        });
      }
      expect(final.movements).toEqual(expected);
    });
  });

  it('refunds everything held on a full refund, or keeps the fee not yet refunded as revenue', () => {
    property((trace) => {
      const final = lastStep(trace);
      if (
        (final.kind !== 'refundFull:true' && final.kind !== 'refundFull:false') ||
        final.before === null ||
        final.settled === undefined
      )
        return;
      const d = trace.digits;
      const held = minor(final.before.held, d);
      const kept =
        final.kind === 'refundFull:true' ? 0n : feeOf(trace.subtotal, trace.scenario) - final.settled.feeRefunded;
      expect(sumOf(final.movements, 'refund', d)).toBe(held - kept);
      const revenue = final.movements.filter((m) => m.type === 'revenue');
      expect(revenue).toEqual(
        kept > 0n
          ? [
              {
                type: 'revenue',
                amount: fmt(kept, d),
                breakdown: {
                  commission: fmt(0n, d),
                  tipCommission: fmt(0n, d),
                  buyerFee: fmt(kept, d),
                  forfeited: fmt(0n, d),
                },
              },
            ]
          : [],
      );
    });
  });

  it('sends everything held to revenue.forfeited on a forfeit', () => {
    property((trace) => {
      const final = lastStep(trace);
      if (final.kind !== 'forfeit' || final.before === null) return;
      const d = trace.digits;
      const held = final.before.held;
      expect(final.movements).toEqual([
        {
          type: 'revenue',
          amount: held,
          breakdown: { commission: fmt(0n, d), tipCommission: fmt(0n, d), buyerFee: fmt(0n, d), forfeited: held },
        },
      ]);
    });
  });
});

describe('escrow properties under many small proportional refunds (the fee-refund cap bites)', () => {
  it('caps each fee refund at the fee left: R + min(round(F × R / S), F − fee refunded so far)', () => {
    property(partialRefundLaw, capScenarioArb);
  });

  it('never refunds more buyer fee than the buyer fee', () => {
    property(feeRefundCapLaw, capScenarioArb);
  });

  it('conserves money and holds zero at the end', () => {
    property((trace) => {
      for (const step of trace.steps) {
        const f = figures(step.after, trace.digits);
        expect(f.paidIn).toBe(f.held + f.refunded + f.paidOut + f.revenue);
      }
      expect(lastStep(trace).after.held).toBe(fmt(0n, trace.digits));
    }, capScenarioArb);
  });
});

describe("the host's global decimal.js settings", () => {
  function withHostileSettings<T>(run: () => T): T {
    try {
      Decimal.set({ precision: 2, rounding: Decimal.ROUND_UP });
      return run();
    } finally {
      Decimal.set({ precision: 20, rounding: 4 });
    }
  }

  it('change no quote or release result of the worked example', () => {
    const result = withHostileSettings(() => {
      const fees = feesOf({ buyerRate: '0.05', commissionRate: '0.20' });
      const quote = quoteOrder({
        currency: 'EUR',
        items: [
          { id: 'gig', label: 'Logo', price: '40.00' },
          { id: 'express', label: 'Express', price: '10.00' },
        ],
        tip: '5.00',
        fees,
      });
      const base = opened({ fees, subtotal: '49.99', tip: '0.00', paid: '52.49' });
      const extra = quoteExtra(base, '15.00');
      const holder = withExtra(withExtra(base, '15.00', '15.75', 'pay-option'), '20.00', '21.00', 'pay-offer');
      const released = release(holder, { at: AT, cause: 'deadline.review', version: 2 });
      return { quote, extra, movements: released.movements, balances: getBalances(advance(holder, released)) };
    });
    expect(result.quote).toEqual({ currency: 'EUR', subtotal: '50.00', tip: '5.00', buyerFee: '2.50', total: '57.50' });
    expect(result.extra).toEqual({ currency: 'EUR', subtotal: '15.00', tip: '0.00', buyerFee: '0.75', total: '15.75' });
    expect(result.movements).toEqual([
      { type: 'payout', amount: '67.99' },
      {
        type: 'revenue',
        amount: '21.25',
        breakdown: { commission: '17.00', tipCommission: '0.00', buyerFee: '4.25', forfeited: '0.00' },
      },
    ]);
    expect(result.balances).toEqual({
      currency: 'EUR',
      paidIn: '89.24',
      held: '0.00',
      refunded: '0.00',
      paidOut: '67.99',
      revenue: '21.25',
    });
  });

  it('change no result of any random scenario', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const plain = JSON.stringify(run(s), (_key, value: unknown) =>
          typeof value === 'bigint' ? value.toString() : value,
        );
        const hostile = withHostileSettings(() =>
          JSON.stringify(run(s), (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)),
        );
        expect(hostile).toBe(plain);
      }),
      { numRuns: RUNS },
    );
  });

  it('are restored after the hostile runs', () => {
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(4);
  });
});
