import { describe, expect, it } from 'vitest';
import { InvalidValueError } from './data-file-error';
import { parseNotional2019 } from './parse-notional-2019';
import { catchError } from './testing/catch-error';

const HEADER =
  'Constituency name,Constituency name (alt),ONS ID,Seq,Region code,Country name,Constituency type,Turnout %,Electorate,Valid votes,Majority,Party code,Votes,Party abbreviation,Party name,MNIS party ID';
const seatRow = (code: string, votes: string) =>
  `West Aberdeenshire and Kincardine,Aberdeenshire West & Kincardine,S14000058,5,SC,Scotland,County,72.4,73634,1000,200,${code},${votes}`;

describe('parseNotional2019', () => {
  it('groups party rows by seat, sets aside TOTOTHV/MAXOTHV, maps codes and the Scottish seat code', () => {
    const text = [
      HEADER,
      `${seatRow('CONV', '500')},Con,Conservative Party,4`,
      `${seatRow('SNPV', '300')},SNP,Scottish National Party,29`,
      `${seatRow('BRXV', '50')},Brexit Party,The Brexit Party,1006`,
      `${seatRow('TOTOTHV', '150')},NA,NA,NA`,
      `${seatRow('MAXOTHV', '100')},NA,NA,NA`,
      `${seatRow('IND1V', '100')},Independent,Independent,8`,
      `${seatRow('IND2V', '50')},Independent 2 etc.,Independent 2 etc.,8`,
    ].join('\r\n');
    const [seat] = parseNotional2019(text, 'n.csv');
    expect(seat).toMatchObject({
      code: 'S14000111',
      originalCode: 'S14000058',
      regionCode: 'S92000003',
      nation: 'Scotland',
      validVotes: 1000,
      majority: 200,
      totalOthers: 150,
      largestOther: 100,
    });
    expect(seat?.parties.map((party) => [party.party, party.votes])).toEqual([
      ['Con', 500],
      ['SNP', 300],
      ['BRX', 50],
      ['Ind', 100],
      ['Ind', 50],
    ]);
    const sum = seat?.parties.reduce((total, party) => total + party.votes, 0);
    expect(sum).toBe(1000);
  });

  it('maps the Speaker row', () => {
    const text = `${HEADER}\nChorley,Chorley,E14001170,149,NW,England,County,53.5,74568,39870,17392,Commons Speaker,26831,Commons Speaker,Commons Speaker,NA\n`;
    expect(parseNotional2019(text, 'n.csv')[0]?.parties[0]?.party).toBe('Spk');
  });

  it('rejects rows of one seat that disagree on seat-level figures', () => {
    const text = [
      HEADER,
      `${seatRow('CONV', '500')},Con,Conservative Party,4`,
      `${seatRow('LABV', '5')},Lab,Labour Party,15`.replace(',1000,', ',1001,'),
    ].join('\n');
    const error = catchError(() => parseNotional2019(text, 'n.csv'));
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error).toMatchObject({ line: 3, columnName: 'Valid votes' });
  });

  it('rejects an unknown region code', () => {
    const text = `${HEADER}\n${seatRow('CONV', '500').replace(',SC,', ',XX,')},Con,Conservative Party,4\n`;
    expect(catchError(() => parseNotional2019(text, 'n.csv'))).toMatchObject({ columnName: 'Region code' });
  });
});
