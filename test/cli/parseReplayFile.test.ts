import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/CliError';
import { parseReplayFile } from '../../src/cli/replay/parseReplayFile';

function refusal(text: string): string {
  try {
    parseReplayFile(text, 'order.txt');
  } catch (error) {
    if (error instanceof CliError) return `${error.exitCode} ${error.message}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseReplayFile', () => {
  it('reads the JSON form { input, events }, pretty-printed or on one line', () => {
    expect(
      parseReplayFile('{\n  "input": { "id": "o-1" },\n  "events": [{ "type": "order.accept" }]\n}\n', 'f'),
    ).toEqual({
      input: { id: 'o-1' },
      events: [{ type: 'order.accept' }],
    });
    expect(parseReplayFile('{"input":{"id":"o-1"},"events":[]}', 'f')).toEqual({ input: { id: 'o-1' }, events: [] });
  });

  it('reads JSON Lines: the input on the first line, one event per line, blank lines skipped', () => {
    const text = '{"id":"o-1"}\r\n\n{"type":"order.accept"}\n  \n{"type":"order.deliver"}\n';
    expect(parseReplayFile(text, 'f')).toEqual({
      input: { id: 'o-1' },
      events: [{ type: 'order.accept' }, { type: 'order.deliver' }],
    });
  });

  it('reads a JSON Lines file with only the input as an order with no events', () => {
    expect(parseReplayFile('{"id":"o-1"}\n', 'f')).toEqual({ input: { id: 'o-1' }, events: [] });
  });

  it('keeps events as they are: judging them is applyEvent’s job', () => {
    expect(parseReplayFile('{"id":"o-1"}\n"not an event"\n42\n', 'f').events).toEqual(['not an event', 42]);
  });

  it('refuses an empty file, bad JSON and a JSON Lines line that does not parse, naming the line', () => {
    expect(refusal(' \n\n')).toBe(
      '1 order.txt is empty; it needs an order input and its events (see https://github.com/sequestre/sequestre/blob/main/docs/cli.md).',
    );
    expect(refusal('{ "input": ')).toMatch(/^1 order\.txt is not valid JSON \(.+\)\.$/);
    expect(refusal('{"id":"o-1"}\n{"type":"order.accept"}\n{"type": oops}\n')).toMatch(
      /^1 line 3 of order\.txt is not valid JSON \(.+\)\.$/,
    );
  });

  it('refuses JSON of the wrong shape', () => {
    expect(refusal('[1, 2]')).toBe(
      '1 order.txt must be a JSON object { "input": …, "events": [ … ] }, or JSON Lines with the input on the first line.',
    );
    expect(refusal('{ "input": {}, "events": {} }')).toBe('1 order.txt has an "input" but no "events" array.');
  });
});
