// The describe layer: texts for people, in one locale's strings given by the caller. The public
// functions live in the package entries: `sequestre/describe` (every locale, chosen by code) and
// `sequestre/describe/<locale>` (one locale, so an app ships only the texts it shows).
export { describeOrderIn } from './describeOrder';
export { actionLabelIn, statusLabelIn, historyLabelIn } from './labels';
export { explainActionIn, explainErrorIn } from './explain';
export { formatAmountIn } from './formatAmount';
export type {
  Description,
  DescribeOptions,
  DescribedDeadline,
  ErrorTextOptions,
  Locale,
  Messages,
  Situation,
  TextOptions,
  TimeOptions,
  Tone,
  ViewOptions,
} from './types';
