export { DEADLINE_KINDS } from './deadlineKinds';
export { deadlineOf } from './deadlineOf';
export { earliestDeadline, dueDeadline, type PendingDeadline } from './nextDeadline';
export { shiftDeadlines } from './shiftDeadlines';
