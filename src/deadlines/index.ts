export { DEADLINE_KINDS } from './deadlineKinds';
export { deadlineOf } from './deadlineOf';
export { dueDeadline, earliestDeadline, type PendingDeadline } from './nextDeadline';
export { shiftDeadlines } from './shiftDeadlines';
