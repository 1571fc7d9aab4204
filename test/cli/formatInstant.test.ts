import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../src/cli/i18n/formatInstant';

describe('formatInstant', () => {
  it('writes the minute, and seconds or milliseconds only when they are not zero', () => {
    expect(formatInstant('2026-03-02T09:00:00.000Z', 'ymd')).toBe('2026-03-02 09:00 UTC');
    expect(formatInstant('2026-03-02T09:00:05.000Z', 'ymd')).toBe('2026-03-02 09:00:05 UTC');
    expect(formatInstant('2026-03-02T09:00:05.250Z', 'ymd')).toBe('2026-03-02 09:00:05.250 UTC');
  });

  it('puts the day first in French', () => {
    expect(formatInstant('2026-03-02T09:00:00.000Z', 'dmy')).toBe('02/03/2026 09:00 UTC');
  });
});
