import { currencyUnknown, invalidInput, orThrow, parsing } from '../errors';
import { minorDigits, parseAmount } from '../money';
import type { Messages } from './messages';
import type { Locale } from './types';

/**
 * `formatAmount` in one locale: an amount as the locale writes money ("57,50 €", "€57.50"), with
 * exactly the currency's minor-unit digits. The decimal string goes to Intl as a string, which
 * formats it exactly: no float ever touches the figure.
 *
 * @throws SequestreError `INVALID_INPUT` for an unknown currency or a malformed amount.
 */
export function formatAmountIn(messages: Messages, amount: string, currency: string): string {
  const digits = orThrow(parsing(() => readAmountOf(amount, currency)));
  return amountWriter(currency, digits, messages.locale)(amount);
}

/** The currency's digits, once the currency and the amount are read. */
function readAmountOf(amount: string, currency: string): number {
  const digits = minorDigits(currency);
  const brief = true;
  if (digits === undefined) invalidInput(currencyUnknown, { path: 'currency' }, brief);
  parseAmount(amount, digits, 'amount');
  return digits;
}

/**
 * A money writer for trusted amounts of one currency: one Intl formatter, reused for every
 * figure of a description.
 */
export function amountWriter(currency: string, digits: number, locale: Locale): (amount: string) => string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // ES2023 Intl.NumberFormat formats a decimal string exactly; the ES2022 typings only know numbers.
  return format.format as unknown as (amount: string) => string;
}
