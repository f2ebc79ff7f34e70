// @vitest-environment node
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyMatrix, leanOf } from '../../src/core/session/index.ts';

let results: typeof import('../../src/ui/results.ts');

beforeAll(async () => {
  const { window } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document: window.document });
  results = await import('../../src/ui/results.ts');
});

describe('result pieces for one player or a class', () => {
  it('the class distribution gives each verdict its count and share, and marks the answer in words', () => {
    const el = results.answerDistribution({ claim: 3, 'verified-fact': 1, disputed: 0 }, 'claim');
    const rows = [...el.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows).toEqual(['Claim the answer3 · 75%', 'Verified fact1 · 25%', 'Disputed0 · 0%']);
    expect(el.getAttribute('aria-label')).toBe('How the class answered: 4 answers');
  });

  it('before the reveal, no verdict is marked as the answer', () => {
    const el = results.answerDistribution({ claim: 0, 'verified-fact': 0, disputed: 0 }, null);
    expect(el.textContent).not.toMatch(/the answer/);
    expect(el.textContent).toMatch(/Claim0 · –/);
  });

  it('the lean speaks of the class in the third person', () => {
    const m = emptyMatrix();
    m['verified-fact'].disputed = 4;
    m.claim.disputed = 2;
    expect(results.leanText(leanOf(m), 10, 'class')).toMatch(/^This class leans too suspicious: 6 times the class gave/);
    expect(results.leanText(leanOf(m), 10, 'you')).toMatch(/^You lean too suspicious: 6 times you gave/);
  });

  it('the confusion table says who answered', () => {
    const t = results.confusionTable(emptyMatrix(), 'class');
    expect([...t.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'The answer was',
      'The class said Claim',
      'The class said Verified fact',
      'The class said Disputed',
    ]);
  });
});
