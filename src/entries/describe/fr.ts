/**
 * `sequestre/describe/fr`: the functions of `sequestre/describe` in French only, without the
 * `locale` argument. An app that shows one language imports this entry and ships that
 * language's texts alone.
 *
 * @module sequestre/describe/fr
 */
import {
  actionLabelIn,
  type Description,
  describeActionsIn,
  describeOrderIn,
  type ErrorTextOptions,
  explainActionIn,
  explainErrorIn,
  formatAmountIn,
  type HistoryItem,
  historyLabelIn,
  type PresentedAction,
  statusLabelIn,
  type TimeOptions,
  type ViewOptions,
} from '../../describe';
import { fr as TEXTS } from '../../describe/locales/fr';
import type { ErrorCode } from '../../errors';
import type { ActionInfo, Order, OrderEventType, OrderStatus } from '../../model/types';

/**
 * Where the order is for this viewer, whose move it is, by when and how much is at stake, in French
 * (see `describeOrder` of `sequestre/describe`).
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer, `at` or time zone.
 */
export function describeOrder(order: Order, options: ViewOptions): Description {
  return describeOrderIn(order, options, () => TEXTS);
}

/**
 * The actions this viewer can choose between, with emphasis, consequence and reason, in French
 * (see `describeActions` of `sequestre/describe`). Empty once the order is final.
 *
 * @throws SequestreError `INVALID_ORDER` for an unusable order; `INVALID_INPUT` for a bad viewer, `at` or time zone.
 */
export function describeActions(order: Order, options: ViewOptions): PresentedAction[] {
  return describeActionsIn(order, options, () => TEXTS);
}

/**
 * The button label of an event type. @throws SequestreError `INVALID_INPUT` for an unknown type.
 * @example
 * actionLabel('order.deliver') // → 'Livrer la commande'
 */
export function actionLabel(type: OrderEventType): string {
  return actionLabelIn(TEXTS, type);
}

/**
 * The name of a status in the platform's vocabulary. @throws SequestreError `INVALID_INPUT` for an unknown status.
 * @example
 * statusLabel('revisionRequested') // → 'Demande de retouche'
 */
export function statusLabel(status: OrderStatus): string {
  return statusLabelIn(TEXTS, status);
}

/**
 * What an entry of `order.history` records, in the past tense; given the entry, who made it. A
 * type this version does not know is returned as it is.
 * @throws SequestreError `INVALID_INPUT` for a type that is not a non-empty string, or an unknown role.
 */
export function historyLabel(entry: HistoryItem): string {
  return historyLabelIn(TEXTS, entry);
}

/**
 * One line of `availableActions` as a sentence for the viewer: that it can be done now, or why not, or from when.
 * @throws SequestreError `INVALID_INPUT` for a malformed action line or bad options.
 */
export function explainAction(action: ActionInfo, options: TimeOptions = {}): string {
  return explainActionIn(TEXTS, action, options);
}

/**
 * A refusal as a sentence for a person: pass its `details` for the sentence of its precise rule.
 * @throws SequestreError `INVALID_INPUT` for an unknown code or bad options.
 * @example
 * explainError('ORDER_CLOSED') // → 'La commande est clôturée et ne peut plus changer.'
 */
export function explainError(code: ErrorCode, options: ErrorTextOptions = {}): string {
  return explainErrorIn(TEXTS, code, options);
}

/**
 * An amount as French writes money, with exactly the currency's minor-unit digits.
 * @throws SequestreError `INVALID_INPUT` for an unknown currency or a malformed amount.
 * @example
 * formatAmount('57.50', 'EUR') // → '57,50 €' (with a no-break space)
 */
export function formatAmount(amount: string, currency: string): string {
  return formatAmountIn(TEXTS, amount, currency);
}

export type {
  AmountKind,
  DeadlineTopic,
  DescribedAmount,
  DescribedDeadline,
  DescribedEnding,
  DescribedMove,
  Description,
  Emphasis,
  Ending,
  ErrorTextOptions,
  HistoryItem,
  Mover,
  Party,
  PresentedAction,
  RefusalRule,
  Situation,
  TimeOptions,
  Tone,
  ViewOptions,
} from '../../describe';
export { type ErrorCode, SequestreError } from '../../errors';
