import { describe, expect, it } from 'vitest';
import { withFields } from '../../src/model/withFields';

describe('withFields', () => {
  it('is `{ ...record, ...fields }`: a new object, the record’s keys first, new and replaced fields after', () => {
    const record = Object.freeze({ a: 1, b: 2 });
    const extended = withFields(record, { b: 3, c: 4 });
    expect(extended).toEqual({ a: 1, b: 3, c: 4 });
    expect(Object.keys(extended)).toEqual(['a', 'b', 'c']);
    expect(JSON.stringify(extended)).toBe(JSON.stringify({ ...record, b: 3, c: 4 }));
    expect(extended).not.toBe(record);
    expect(record).toEqual({ a: 1, b: 2 });
  });
});
