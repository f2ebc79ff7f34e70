/** The small guards the stores read saves with (src/core/guard.ts). */
import { describe, expect, it } from 'vitest';
import { array, boolean, looseObject, nullable, number, object, oneOf, optional, record, refine, string } from '../../src/core/guard.ts';

describe('guards', () => {
  it('checks primitives like zod did', () => {
    expect(string({ min: 2 }).safeParse('ab').success).toBe(true);
    expect(string({ min: 2 }).safeParse('a').success).toBe(false);
    expect(string({ regex: /^[a-z]+$/ }).safeParse('A').success).toBe(false);
    expect(number({ int: true, min: 0, max: 3 }).safeParse(3).success).toBe(true);
    for (const bad of [1.5, -1, 4, NaN, Infinity, '1', null]) expect(number({ int: true, min: 0, max: 3 }).safeParse(bad).success).toBe(false);
    expect(boolean().safeParse(0).success).toBe(false);
    expect(oneOf(['a', 1]).safeParse(1).success).toBe(true);
    expect(oneOf(['a', 1]).safeParse('1').success).toBe(false);
    expect(nullable(string()).safeParse(null).data).toBeNull();
  });

  it('keeps only declared keys in an object, all keys in a loose one, and leaves out absent optionals', () => {
    const shape = { a: number(), b: optional(string()) };
    expect(object(shape).safeParse({ a: 1, extra: true }).data).toEqual({ a: 1 });
    expect(looseObject(shape).safeParse({ a: 1, extra: true }).data).toEqual({ a: 1, extra: true });
    expect('b' in object(shape).safeParse({ a: 1, b: undefined }).data!).toBe(false);
    expect(object(shape).safeParse({ a: 1, b: 2 }).success).toBe(false);
    expect(object(shape).safeParse([]).success).toBe(false);
  });

  it('says where a nested value is wrong', () => {
    const g = object({ items: array(object({ id: string() }), { min: 1 }) });
    const r = g.safeParse({ items: [{ id: 'x' }, { id: 2 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([['items', 1, 'id']]);
    expect(g.safeParse({ items: [] }).success).toBe(false);
  });

  it('checks record keys and refinements', () => {
    const streaks = record(/^[a-z]+$/, number({ int: true }));
    expect(streaks.safeParse({ ab: 1 }).success).toBe(true);
    expect(streaks.safeParse({ __proto__: 1, AB: 2 }).success).toBe(false);
    const even = refine(number(), (n, issue) => {
      if (n % 2) issue([], 'odd');
    });
    expect(even.safeParse(2).success).toBe(true);
    expect(even.safeParse(3).error?.issues[0]?.message).toBe('odd');
  });
});
