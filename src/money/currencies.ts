/**
 * Active ISO 4217 codes with their minor-unit digits (ISO 4217 list one; precious metals, testing
 * codes and withdrawn currencies such as HRK, BGN and SLL are left out, so they are refused).
 * Source: https://www.iso.org/iso-4217-currency-codes.html
 */
const ZERO_DIGITS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE_DIGITS = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR_DIGITS = 'CLF UYW';
const TWO_DIGITS =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
  'GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK ' +
  'LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO ' +
  'NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS ' +
  'SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST ' +
  'XCD XCG YER ZAR ZMW ZWG';

function table(): ReadonlyMap<string, number> {
  const entries: [string, number][] = [];
  for (const [codes, digits] of [
    [ZERO_DIGITS, 0],
    [TWO_DIGITS, 2],
    [THREE_DIGITS, 3],
    [FOUR_DIGITS, 4],
  ] as const) {
    for (const code of codes.split(' ')) entries.push([code, digits]);
  }
  return new Map(entries);
}

const MINOR_DIGITS = table();

/** The number of minor-unit digits of an active ISO 4217 code, or `undefined` for anything else. */
export function minorDigits(currency: unknown): number | undefined {
  // Any value may be looked up: a Map answers `undefined` for a key it does not hold, a number
  // or an object as much as an unknown code.
  const byAnyKey: ReadonlyMap<unknown, number> = MINOR_DIGITS;
  return byAnyKey.get(currency);
}

/** Every supported currency code, sorted (marked pure, so bundles that never list them drop it). */
export const CURRENCY_CODES: readonly string[] = /* @__PURE__ */ (() => [...MINOR_DIGITS.keys()].sort())();
