import { describe, expect, it } from 'vitest';
import { realDataset } from '../testing/data-files';
import { MODEL_NAMES } from './model';
import { scenarioBaseline } from './scenario';
import { compareModels } from './spread';

describe('compareModels', () => {
  it('projects with all four models and reports each party spread', () => {
    const request = {
      level: 'region' as const,
      shares: { Lab: 0.3, Con: 0.22, RUK: 0.2, LD: 0.12, Green: 0.09, SNP: 0.03, PC: 0.01, Oth: 0.03 },
    };
    const comparison = compareModels(scenarioBaseline(realDataset(), request), request);
    expect(Object.keys(comparison.projections)).toEqual([...MODEL_NAMES]);
    const lab = comparison.spread.Lab;
    expect(lab).toBeDefined();
    expect(lab?.min).toBe(Math.min(...Object.values(lab?.byModel ?? {})));
    expect(lab?.max).toBe(Math.max(...Object.values(lab?.byModel ?? {})));
    expect(Object.keys(comparison.spread)[0]).toBe('Lab');
    for (const model of MODEL_NAMES) {
      const total = Object.values(comparison.projections[model].seats).reduce((a, b) => a + b, 0);
      expect(total).toBe(650);
    }
  });
});
