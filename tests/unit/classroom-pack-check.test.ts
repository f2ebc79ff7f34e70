/**
 * The classroom checks uploaded packs on a worker thread (src/server/pack-check.ts): the same
 * validator's answers, each upload its own, and the server's event loop free meanwhile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PackChecker } from '../../src/server/pack-check.ts';
import { validPack } from './fixtures/packs.ts';

let checker: PackChecker;
afterEach(async () => {
  await checker.close();
});

describe('the pack checker thread', () => {
  it('gives the validator’s verdicts: a compiled pack, or the errors with their lines', async () => {
    checker = new PackChecker();
    const good = JSON.stringify(validPack(), null, 2);
    const typo = good.replace('"title"', '"titel"');
    const [ok, bad, broken] = await Promise.all([checker.check(good), checker.check(typo), checker.check('{\n  "format": "sourced-pack@1",\n  oops\n}')]);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.pack.items.map((i) => i.id)).toEqual(validPack().items.map((i) => i.id));
    expect(bad.ok).toBe(false);
    expect(bad.errors.find((e) => /titel/.test(e.message))).toMatchObject({ line: 4 });
    expect(broken.errors[0]).toMatchObject({ line: 3, syntax: true });
  });

  it('leaves the event loop turning while it checks', async () => {
    checker = new PackChecker();
    const pack = validPack();
    // A pack of about 2 MB: every source made long (its excerpts stay at the start).
    for (const s of pack.sources) s.text = `${s.text}\n\n`.repeat(Math.ceil(400_000 / s.text.length));
    let turns = 0;
    let turning = true;
    const spin = () => {
      turns++;
      if (turning) setImmediate(spin);
    };
    setImmediate(spin);
    const result = await checker.check(JSON.stringify(pack));
    turning = false;
    expect(result.ok).toBe(true);
    // Checked on this thread, the loop would not have turned once before the answer.
    expect(turns).toBeGreaterThan(1);
  });

  it('starts again after being closed', async () => {
    checker = new PackChecker();
    expect((await checker.check('[]')).ok).toBe(false);
    await checker.close();
    expect((await checker.check(JSON.stringify(validPack()))).ok).toBe(true);
  });
});
