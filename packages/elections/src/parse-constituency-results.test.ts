import { describe, expect, it } from 'vitest';
import { HeaderError, InvalidValueError, MalformedRowError } from './data-file-error';
import { parseConstituencyResults } from './parse-constituency-results';
import { catchError } from './testing/catch-error';

const GE_HEADER =
  'ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Declaration time,Member first name,Member surname,Member gender,Result,First party,Second party,Electorate,Valid votes,Invalid votes,Majority,Con,Lab,LD,UKIP,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,All other candidates';
const ABERAVON =
  'W07000049,W92000004,Aberavon,West Glamorgan,Wales,Wales,County,07/05/2010 03:05,Hywel,Francis,M,Lab hold,Lab,LD,50838,30958,44,11039,4411,16073,5034,489,0,0,2198,0,0,0,0,0,2753';
const BY_HEADER =
  'By-election date,Writ date,ONS ID,ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Declaration time,Member first name,Member surname,Member gender,Result,First party,Second party,Electorate,Valid votes,Invalid votes,Majority,Con,Lab,LD,RUK,Green,SNP,PC,DUP,SF,SDLP,UUP,APNI,All other candidates,Of which other winner';

describe('parseConstituencyResults', () => {
  it('reads a 2010 row (M/F gender, CRLF)', () => {
    const [row] = parseConstituencyResults(`${GE_HEADER}\r\n${ABERAVON}\r\n`, 'ge2010.csv', 'general');
    expect(row).toMatchObject({
      line: 2,
      code: 'W07000049',
      name: 'Aberavon',
      county: 'West Glamorgan',
      nation: 'Wales',
      memberGender: 'male',
      declarationTime: '2010-05-07T03:05',
      result: { winner: 'Lab', outcome: 'hold', gainedFrom: null },
      firstParty: 'Lab',
      electorate: 50838,
      validVotes: 30958,
      invalidVotes: 44,
      majority: 11039,
      allOtherVotes: 2753,
      otherWinnerVotes: null,
    });
    expect(row?.partyVotes).toMatchObject({ Con: 4411, Lab: 16073, UKIP: 489 });
  });

  it('reads by-election rows with a BOM, "[x]" invalid votes, RUK columns and "RUK Hold"', () => {
    const text = `\ufeff${BY_HEADER}\r\n13/08/2026,09/07/2026,E14001174,E12000006,Clacton,,East of England,England,County,,Nigel,Farage,Male,RUK Hold,RUK,CBP,79785,35111,[x],12784,0,0,0,22239,0,0,0,0,0,0,0,0,12872,0\r\n`;
    const [row] = parseConstituencyResults(text, 'by.csv', 'by-election');
    expect(row).toMatchObject({
      byElectionDate: '2026-08-13',
      writDate: '2026-07-09',
      invalidVotes: null,
      county: null,
      memberGender: 'male',
      result: { winner: 'RUK', outcome: 'hold' },
      otherWinnerVotes: 0,
    });
    expect(row?.partyVotes.RUK).toBe(22239);
  });

  it('normalises "Respect" in First party and "Lab Coop" in results', () => {
    const row = ABERAVON.replace('Lab hold,Lab,LD', 'Con gain from Lab Coop,Respect,LD');
    const [parsed] = parseConstituencyResults(`${GE_HEADER}\n${row}\n`, 'f.csv', 'general');
    expect(parsed?.firstParty).toBe('Res');
    expect(parsed?.result).toEqual({ winner: 'Con', outcome: 'gain', gainedFrom: 'Lab' });
  });

  it('rejects an unknown party column with HeaderError', () => {
    const error = catchError(() =>
      parseConstituencyResults(`${GE_HEADER.replace('UKIP', 'Reform')}\n${ABERAVON}\n`, 'f.csv', 'general'),
    );
    expect(error).toBeInstanceOf(HeaderError);
    expect(error).toMatchObject({ line: 1, column: 22 });
  });

  it('rejects a file without "All other candidates"', () => {
    const header = GE_HEADER.replace(',All other candidates', '');
    expect(() => parseConstituencyResults(`${header}\n`, 'f.csv', 'general')).toThrow(HeaderError);
  });

  it('rejects a general-election header given to the by-election parser', () => {
    expect(
      catchError(() => parseConstituencyResults(`${GE_HEADER}\n`, 'f.csv', 'by-election')),
    ).toMatchObject({
      kind: 'header',
      column: 1,
    });
  });

  it('rejects an unreadable result summary, gender or region with InvalidValueError', () => {
    const badResult = ABERAVON.replace('Lab hold', 'Labour won');
    expect(
      catchError(() => parseConstituencyResults(`${GE_HEADER}\n${badResult}\n`, 'f.csv', 'general')),
    ).toMatchObject({
      kind: 'invalid-value',
      line: 2,
      columnName: 'Result',
    });
    const badGender = ABERAVON.replace(',M,', ',Q,');
    expect(() => parseConstituencyResults(`${GE_HEADER}\n${badGender}\n`, 'f.csv', 'general')).toThrow(
      InvalidValueError,
    );
    const badRegion = ABERAVON.replace('W92000004', 'X99');
    expect(() => parseConstituencyResults(`${GE_HEADER}\n${badRegion}\n`, 'f.csv', 'general')).toThrow(
      InvalidValueError,
    );
  });

  it('rejects a duplicate seat and a short row', () => {
    expect(
      catchError(() =>
        parseConstituencyResults(`${GE_HEADER}\n${ABERAVON}\n${ABERAVON}\n`, 'f.csv', 'general'),
      ),
    ).toMatchObject({ kind: 'invalid-value', line: 3, columnName: 'ONS ID' });
    const short = ABERAVON.split(',').slice(0, -1).join(',');
    expect(() => parseConstituencyResults(`${GE_HEADER}\n${short}\n`, 'f.csv', 'general')).toThrow(
      MalformedRowError,
    );
  });
});
