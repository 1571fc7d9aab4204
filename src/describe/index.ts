export { describe, type DescribeOptions } from './describe';
export { actionLabel, statusLabel, historyLabel } from './labels';
export { explainAction, explainError } from './explain';
export { formatAmount } from './formatAmount';
export { LOCALES } from './locales';
export type { Description, DescribedDeadline, Locale, Situation, TextOptions, Tone } from './types';
