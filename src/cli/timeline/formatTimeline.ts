import type { Balances, Order, Role } from '../../index';
import type { Strings } from '../i18n/lang';
import { isFields } from '../isFields';
import { describeEvent } from './describeEvent';
import { formatEffect } from './formatEffect';
import type { TimelineStep } from './playOrder';

/**
 * The timeline as text: a heading for the order, then for each step the instant, who did what,
 * and, when it changed the order, the deadlines that fired first, the status, the next deadline,
 * the effects with their idempotency keys and the escrow balances. A refused step shows its code
 * and message instead. Pure: the same steps always give the same text.
 */
export function formatTimeline(steps: readonly TimelineStep[], strings: Strings): string {
  const first = steps[0];
  if (first === undefined) return '';
  const width = Math.max(
    ...['status', 'next', 'effects', 'escrow', 'refused'].map((key) => strings.labels[key as 'status'].length),
  );
  const row = (label: string, text: string) => `    ${label.padEnd(width)}  ${text}`;
  const lines = [heading(first.order, strings)];
  for (const step of steps) lines.push('', ...formatStep(step, strings, row));
  const last = steps[steps.length - 1]!;
  const refused = steps.filter((step) => step.outcome === 'refused').length;
  lines.push(
    '',
    `${strings.labels.final}${strings.colon}${formatBalances(last.balances, strings)} · ${strings.labels.summary(steps.length - 1, refused)}`,
  );
  return `${lines.join('\n')}\n`;
}

function heading(order: Order, strings: Strings): string {
  const { labels, roles } = strings;
  return `${labels.order} ${order.id} · ${order.currency} · ${labels.policy} ${order.policy.name} · ${roles.buyer} ${order.buyer.id} · ${roles.seller} ${order.seller.id}`;
}

function formatStep(step: TimelineStep, strings: Strings, row: (label: string, text: string) => string): string[] {
  const event = isFields(step.event) ? step.event : {};
  const type = typeof event.type === 'string' ? event.type : '?';
  const action = Object.hasOwn(strings.actions, type) ? strings.actions[type as keyof Strings['actions']] : type;
  const at = step.index === 0 ? step.order.placedAt : instantOf(event.at);
  const what = isFields(step.event)
    ? `${actor(event.by, strings)} ${action}${describeEvent(step.event, step.order, strings)}`
    : shortJson(step.event);
  const lines = [`[${step.index}] ${at === undefined ? '?' : strings.instant(at)}  ${what}`];
  if (step.outcome === 'refused')
    return [...lines, row(strings.labels.refused, `${step.error?.code}: ${step.error?.message}`)];
  if (step.outcome === 'duplicate') return [...lines, `    ${strings.labels.duplicate}`];
  if (step.outcome === 'unchanged') return [...lines, `    ${strings.labels.unchanged}`];
  for (const entry of step.transitions) {
    if (entry.type.startsWith('deadline.'))
      lines.push(
        `    ↳ ${strings.instant(entry.at)}  ${strings.actions[entry.type as keyof Strings['actions']] ?? entry.type}`,
      );
  }
  lines.push(row(strings.labels.status, status(step.order, strings)), row(strings.labels.next, next(step, strings)));
  const [firstEffect, ...otherEffects] = step.effects.map(
    (effect) => `${formatEffect(effect, strings)}  [${effect.idempotencyKey}]`,
  );
  lines.push(
    row(strings.labels.effects, firstEffect ?? strings.labels.none),
    ...otherEffects.map((text) => row('', text)),
  );
  lines.push(row(strings.labels.escrow, formatBalances(step.balances, strings)));
  return lines;
}

/** The five balances of SPEC §7.5 on one line, in the currency's digits. */
export function formatBalances(balances: Balances, strings: Strings): string {
  const names = strings.balances;
  const figures = (['paidIn', 'held', 'refunded', 'paidOut', 'revenue'] as const).map(
    (key) => `${names[key]} ${strings.amount(balances[key])}`,
  );
  return `${figures.join(' · ')} ${balances.currency}`;
}

function status(order: Order, strings: Strings): string {
  const late =
    order.status === 'inProgress' && order.lateSince !== null
      ? ` · ${strings.labels.lateSince} ${strings.instant(order.lateSince)}`
      : '';
  return `${strings.statuses[order.status]}${late}`;
}

function next(step: TimelineStep, strings: Strings): string {
  if (step.nextDeadline !== null)
    return `${strings.deadlines[step.nextDeadline.kind]} ${strings.instant(step.nextDeadline.at)}`;
  const { status } = step.order;
  if (status === 'disputed') return strings.labels.noDeadlineDisputed;
  // An open order with no deadline: a late one under a policy that never expires it (SPEC §9).
  return status === 'completed' || status === 'cancelled' || status === 'expired'
    ? strings.labels.noDeadlineClosed
    : strings.labels.noDeadlineWaiting;
}

function actor(by: unknown, strings: Strings): string {
  const { role, id } = isFields(by) ? by : {};
  const name = typeof role === 'string' && Object.hasOwn(strings.roles, role) ? strings.roles[role as Role] : '?';
  return typeof id === 'string' ? `${name} ${id}` : name;
}

// Something that is not an event at all is shown as the JSON it is, cut short.
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

// Events come from files: show their instant in the library's UTC form when it is one, as sent otherwise.
function instantOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
