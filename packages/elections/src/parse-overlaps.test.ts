import { describe, expect, it } from 'vitest';
import { InvalidValueError } from './data-file-error';
import { parseOverlaps } from './parse-overlaps';
import { catchError } from './testing/catch-error';

const HEADER =
  'Key,From ONS ID (2010 set),From name,To ONS ID (2024 set),To name,From residential overlap,To residential overlap,From geographic overlap,To geographic overlap,From population overlap,To population overlap';

describe('parseOverlaps', () => {
  it('reads weights (including exponent form) and gives unchanged Scottish seats their 2024 codes', () => {
    const text = [
      HEADER,
      'E14000530E14001063,E14000530,Aldershot,E14001063,Aldershot,1,0.946047224,1,0.927963015,1,0.948547662',
      'S14000006S14000006,S14000006,"Ayr, Carrick and Cumnock",S14000006,"Ayr, Carrick and Cumnock",2.33068E-05,1,1,1,1,1',
    ].join('\r\n');
    const rows = parseOverlaps(text, 'o.csv');
    expect(rows[0]).toMatchObject({ fromCode: 'E14000530', toCode: 'E14001063', toPopulation: 0.948547662 });
    expect(rows[1]).toMatchObject({
      fromCode: 'S14000006',
      toCode: 'S14000107',
      toName: 'Ayr, Carrick and Cumnock',
    });
    expect(rows[1]?.fromResidential).toBeCloseTo(0.0000233068);
  });

  it('rejects a key that does not join the codes, and shares above 1', () => {
    const badKey = `${HEADER}\nX,E14000530,Aldershot,E14001063,Aldershot,1,1,1,1,1,1\n`;
    expect(catchError(() => parseOverlaps(badKey, 'o.csv'))).toMatchObject({ line: 2, columnName: 'Key' });
    const badShare = `${HEADER}\nE14000530E14001063,E14000530,Aldershot,E14001063,Aldershot,1,1,1,1,1.5,1\n`;
    expect(catchError(() => parseOverlaps(badShare, 'o.csv'))).toBeInstanceOf(InvalidValueError);
  });
});
