import { describe, expect, it } from 'vitest';
import { UnknownElectionError } from './analysis-error';
import { resolveElection } from './resolve-election';
import { catchError } from './testing/catch-error';
import { realDataset } from './testing/data-files';

describe('resolveElection', () => {
  const dataset = realDataset();

  it('maps years to general elections, 2005 to the notional set, and accepts ids', () => {
    expect(resolveElection(dataset, 2019).id).toBe('ge2019');
    expect(resolveElection(dataset, '2024').id).toBe('ge2024');
    expect(resolveElection(dataset, 2005).id).toBe('notional2005');
    expect(resolveElection(dataset, 'Notional2019').id).toBe('notional2019');
  });

  it('lists what is available when asked for something else', () => {
    const error = catchError(() => resolveElection(dataset, 2001));
    expect(error).toBeInstanceOf(UnknownElectionError);
    expect((error as UnknownElectionError).available).toEqual([
      'notional2005',
      '2010',
      '2015',
      '2017',
      '2019',
      'notional2019',
      '2024',
    ]);
  });
});
