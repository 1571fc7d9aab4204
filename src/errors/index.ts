export { assert } from './assert';
export { ERROR_CODES, type ErrorCode } from './errorCodes';
export * from './limits';
export * from './messages';
export { invalidInput, invalidOrder, orThrow, type Parsed, parsing, refused } from './parsed';
export { type Message, message, type Refusal, refuse, toError } from './refusal';
export type {
  CodeOf,
  DetailsOf,
  FactsOf,
  RefusalDetails,
  RefusalRule,
  RefusalRules,
  RulesAnswering,
} from './refusalRules';
export { SequestreError } from './SequestreError';
