// The describe layer: texts for people, in one locale's strings given by the caller. The public
// functions live in the package entries: `sequestre/describe` (every locale, chosen by code) and
// `sequestre/describe/<locale>` (one locale, so an app ships only the texts it shows).

export { describeActionsIn } from './describeActions';
export { describeOrderIn } from './describeOrder';
export { explainActionIn, explainErrorIn } from './explain';
export { formatAmountIn } from './formatAmount';
export { actionLabelIn, type HistoryItem, historyLabelIn, statusLabelIn } from './labels';
export type { Messages } from './messages';
export type {
  AmountKind,
  DeadlineTopic,
  DescribedAmount,
  DescribedDeadline,
  DescribedEnding,
  DescribedMove,
  DescribeOptions,
  Description,
  Emphasis,
  Ending,
  ErrorTextOptions,
  Locale,
  Mover,
  Party,
  PresentedAction,
  RefusalRule,
  Situation,
  TextOptions,
  TimeOptions,
  Tone,
  ViewOptions,
} from './types';
