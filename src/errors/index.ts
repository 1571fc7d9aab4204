export { ERROR_CODES, type ErrorCode } from './errorCodes';
export { SequestreError } from './SequestreError';
export { message, refuse, toError, type Message, type Refusal } from './refusal';
export type { RefusalRules, RefusalRule, RefusalDetails, DetailsOf, CodeOf, FactsOf, RulesAnswering } from './refusalRules';
export { invalidInput, invalidOrder, orThrow, parsing, refused, type Parsed } from './parsed';
export * from './messages';
export { assert } from './assert';
export * from './limits';
