import { CliError } from '../CliError';
import { isFields } from '../isFields';
import { CLI_DOCS_URL } from '../links';

/** A recorded order: the checkout input, then its events in the order they happened. */
export type Recording = { readonly input: unknown; readonly events: readonly unknown[] };

/** How many events a replay file may hold: a generous bound, well above an order's record limit. */
export const REPLAY_EVENTS_MAX = 100_000;

/**
 * Reads a replay file. Two forms, told apart by their first character that is not blank:
 * - JSON: one object `{ "input": OrderInput, "events": [OrderEvent, …] }`;
 * - JSON Lines: the `OrderInput` on the first line, then one `OrderEvent` per line (blank lines
 *   are skipped), which is what a host gets by appending each accepted or refused event to a log.
 * Events are not validated here: `applyEvent` judges them, and a bad one is shown as refused.
 *
 * @throws CliError naming the line or field that is wrong.
 */
export function parseReplayFile(text: string, name: string): Recording {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '');
  if (lines.length === 0)
    throw new CliError(`${name} is empty; it needs an order input and its events (see ${CLI_DOCS_URL}).`);
  const whole = tryJson(text);
  if (isFields(whole) && 'input' in whole) {
    if (!Array.isArray(whole.events)) throw new CliError(`${name} has an "input" but no "events" array.`);
    if (whole.events.length > REPLAY_EVENTS_MAX)
      throw new CliError(`${name} has more than ${REPLAY_EVENTS_MAX} events.`);
    return { input: whole.input, events: whole.events };
  }
  if (isFields(tryJson(lines[0]!.line))) return fromLines(lines, name);
  if (whole === undefined) parseJson(text, `${name} is not valid JSON`);
  throw new CliError(
    `${name} must be a JSON object { "input": …, "events": [ … ] }, or JSON Lines with the input on the first line.`,
  );
}

function fromLines(lines: readonly { line: string; number: number }[], name: string): Recording {
  if (lines.length - 1 > REPLAY_EVENTS_MAX) throw new CliError(`${name} has more than ${REPLAY_EVENTS_MAX} events.`);
  const [input, ...events] = lines.map(({ line, number }) =>
    parseJson(line, `line ${number} of ${name} is not valid JSON`),
  );
  return { input, events };
}

// Undefined when the text is not JSON; JSON itself has no undefined, so nothing is confused.
function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parseJson(text: string, problem: string): unknown {
  // Only called on text known to be bad JSON, or on a JSON Lines line, to word the error.
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${problem} (${(error as Error).message}).`);
  }
}
