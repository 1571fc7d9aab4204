export { ERROR_CODES, type ErrorCode } from './errorCodes';
export { SequestreError } from './SequestreError';
export { refuse, toError, toRefusal, type Refusal } from './refusal';
export { assert } from './assert';
export * from './limits';
