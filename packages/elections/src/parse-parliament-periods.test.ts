import { describe, expect, it } from 'vitest';
import { MalformedRowError } from './data-file-error';
import { parseParliamentPeriods } from './parse-parliament-periods';
import { catchError } from './testing/catch-error';

describe('parseParliamentPeriods', () => {
  it('reads the headerless rows, with no dissolution for the current Parliament', () => {
    const text =
      '58,12/12/2019,17/12/2019,19/12/2019,30/05/2024,Q77685395,Q30173038,vol 801 cc1-2,vol 801 cc7-9,,issue 64411\r\n59,04/07/2024,09/07/2024,17/07/2024,,Q126063704,Q78851988,,,,\r\n';
    const [previous, current] = parseParliamentPeriods(text, 'p.csv');
    expect(previous).toMatchObject({
      number: 58,
      dissolved: '2024-05-30',
      londonGazetteIssue: 'issue 64411',
    });
    expect(current).toMatchObject({
      line: 2,
      number: 59,
      summoned: '2024-07-09',
      stateOpening: '2024-07-17',
      dissolved: null,
    });
    expect(current?.references).toEqual(['Q78851988', null, null, null]);
  });

  it('rejects a row with a missing field', () => {
    expect(catchError(() => parseParliamentPeriods('59,04/07/2024,09/07/2024\n', 'p.csv'))).toBeInstanceOf(
      MalformedRowError,
    );
  });
});
