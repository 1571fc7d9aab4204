/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as 64 lower-case hex digits. Written out here
 * because the library must stay synchronous, pure and free of platform APIs (`node:crypto` is not
 * in browsers, `crypto.subtle` is asynchronous). test/order/fingerprint.test.ts checks it against
 * NIST's vectors and against `node:crypto` on random strings.
 */

// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
// Marked pure, like the hex table below: apps that never apply an event need neither.
const K: readonly number[] = /* @__PURE__ */ (() =>
  [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
  ].map((word) => word | 0))();

export function sha256(text: string): string {
  const bytes = paddedUtf8(text);
  // Signed 32-bit words keep the arithmetic in small integers; the hex is written unsigned. Plain
  // arrays and locals, not typed arrays: allocating a small typed array costs more than a block.
  let h0 = 0x6a09e667 | 0;
  let h1 = 0xbb67ae85 | 0;
  let h2 = 0x3c6ef372 | 0;
  let h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0;
  let h5 = 0x9b05688c | 0;
  let h6 = 0x1f83d9ab | 0;
  let h7 = 0x5be0cd19 | 0;
  // Sized once for speed: an unsized array reads and writes the same words.
  // Stryker disable next-line ArrayDeclaration: equivalent, as said above
  const w: number[] = new Array<number>(64);
  for (let offset = 0; offset < bytes.length; offset += 64) {
    // Stryker disable next-line EqualityOperator: a 17th word read here would be overwritten by the schedule below.
    for (let i = 0; i < 16; i += 1) {
      const j = offset + i * 4;
      w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!;
    }
    // Stryker disable next-line EqualityOperator: a 65th word of the schedule would never be read.
    for (let i = 16; i < 64; i += 1) {
      const w15 = w[i - 15]!;
      const w2 = w[i - 2]!;
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let i = 0; i < 64; i += 1) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return hexOf(h0) + hexOf(h1) + hexOf(h2) + hexOf(h3) + hexOf(h4) + hexOf(h5) + hexOf(h6) + hexOf(h7);
}

/** Two hex digits per byte, looked up: `toString(16)` and `padStart` per word cost as much as a block. */
const HEX_BYTES: readonly string[] = /* @__PURE__ */ Array.from({ length: 256 }, (_, byte) =>
  byte.toString(16).padStart(2, '0'),
);

/** A signed 32-bit word as 8 lower-case hex digits, unsigned. */
function hexOf(word: number): string {
  return (
    HEX_BYTES[(word >>> 24) & 0xff]! +
    HEX_BYTES[(word >>> 16) & 0xff]! +
    HEX_BYTES[(word >>> 8) & 0xff]! +
    HEX_BYTES[word & 0xff]!
  );
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** The UTF-8 bytes of `text`, padded to a multiple of 64 bytes with the message length in bits. */
function paddedUtf8(text: string): number[] {
  // Stryker disable next-line ArrayDeclaration: the first byte is always written, by the text or the 0x80 marker.
  const bytes: number[] = [];
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[n++] = code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      // Past the end of the text, charCodeAt answers NaN, which is no low surrogate.
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    // A lone surrogate is not text; it is encoded as U+FFFD, as TextEncoder does.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x800) {
      bytes[n++] = 0xc0 | (code >> 6);
    } else if (code < 0x10000) {
      bytes[n++] = 0xe0 | (code >> 12);
      bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
    } else {
      bytes[n++] = 0xf0 | (code >> 18);
      bytes[n++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
    }
    bytes[n++] = 0x80 | (code & 0x3f);
  }
  const length = Math.ceil((n + 9) / 64) * 64;
  bytes[n] = 0x80;
  // The zeros keep the array packed; left as holes, they would read as 0 in the word arithmetic all the same.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as said above
  for (let i = n + 1; i < length - 4; i += 1) bytes[i] = 0;
  // The bit length as a 64-bit big-endian number; strings here stay far below 2^32 bits.
  const bits = n * 8;
  bytes[length - 4] = (bits >>> 24) & 0xff;
  bytes[length - 3] = (bits >>> 16) & 0xff;
  bytes[length - 2] = (bits >>> 8) & 0xff;
  bytes[length - 1] = bits & 0xff;
  return bytes;
}
