export { Dec, ZERO } from './decimal';
export { minorDigits, CURRENCY_CODES } from './currencies';
export { roundHalfEven } from './roundHalfEven';
export { parseAmount } from './parseAmount';
export { parsePositiveAmount } from './parsePositiveAmount';
export { parseRate } from './parseRate';
export { toAmount } from './toAmount';
export { hasTooManyIntegerDigits } from './hasTooManyIntegerDigits';
