import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderEvent } from '../../src';
import { fingerprintOf } from '../../src/engine/fingerprint/fingerprintOf';
import { sha256 } from '../../src/engine/fingerprint/sha256';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    ['a'.repeat(1000), '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
  ])("hashes NIST's vector %# to its published digest", (text, digest) => {
    expect(sha256(text)).toBe(digest);
  });

  it('agrees with node:crypto on every string, across block boundaries and every plane of Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes a lone surrogate as U+FFFD, as TextEncoder does', () => {
    expect(sha256('\ud800')).toBe(sha256('\ufffd'));
  });

  // Random strings seldom land on the exact edges of UTF-8's lengths or on a broken surrogate pair.
  it.each([
    ['the last one-byte and the first two-byte code points', '\u007f\u0080'],
    ['the last two-byte and the first three-byte code points', '\u07ff\u0800'],
    ['the code points around the surrogates', '\ud7ff\ue000'],
    ['the last three-byte and the first four-byte code points', '\uffff\u{10000}'],
    ['the last code point', '\u{10ffff}'],
    ['the first and last surrogate pairs', '\ud800\udc00\udbff\udfff'],
    ['a high surrogate followed by a letter', '\ud800a'],
    ['a high surrogate followed by another', '\udbff\ud800'],
    ['a high surrogate at the end', 'a\udbff'],
    ['a low surrogate alone', '\udc00a\udfff'],
    ['a low surrogate before a high one', '\udfff\ud800'],
    ['a high surrogate before U+E000', '\ud800\ue000'],
    ['a low surrogate after a two-byte code point', '\u00e9\udc00'],
    ['a low surrogate after U+E000', '\ue000\udc00'],
    ['two low surrogates', '\udc00\udfff'],
  ])('agrees with node:crypto on %s', (_, text) => {
    expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('fingerprintOf', () => {
  const base = {
    type: 'refund.propose',
    at: '2026-03-01T10:00:00.000Z',
    by: { role: 'buyer', id: 'b-1' },
    id: 'evt-1',
    amount: '5.00',
  } as OrderEvent;

  it('ignores the instant and the key: a retry with a new at has the same fingerprint', () => {
    expect(fingerprintOf({ ...base, at: '2026-03-02T10:00:00.000Z', id: 'evt-2' })).toBe(fingerprintOf(base));
  });

  it('differs with the type, the sender or the payload', () => {
    const prints = [
      base,
      { ...base, type: 'cancellation.request' },
      { ...base, by: { role: 'seller', id: 's-1' } },
      { ...base, amount: '5.01' },
      { ...base, reason: 'late' },
    ].map((event) => fingerprintOf(event as OrderEvent));
    expect(new Set(prints).size).toBe(5);
  });
});
