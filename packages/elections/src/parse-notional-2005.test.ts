import { describe, expect, it } from 'vitest';
import { parseNotional2005 } from './parse-notional-2005';
import { catchError } from './testing/catch-error';

const HEADER =
  'constituency_id,constituency_name,mnis_party_id,mnis_party_name,mnis_party_abbrev,votes,total_votes,electorate,share';

describe('parseNotional2005', () => {
  it('groups rows by seat and turns the "NA" rows into Oth', () => {
    const text = [
      HEADER,
      'W07000049,Aberavon,4,Conservative,Con,3064,30104,50685,0.101780494',
      'W07000049,Aberavon,15,Labour,Lab,26272,30104,50685,0.87',
      'W07000049,Aberavon,NA,NA,NA,768,30104,50685,0.02551156',
    ].join('\r\n');
    const [seat] = parseNotional2005(text, 'n.csv');
    expect(seat).toMatchObject({ code: 'W07000049', validVotes: 30104, electorate: 50685 });
    expect(seat?.parties.map((party) => [party.party, party.partyName, party.votes])).toEqual([
      ['Con', 'Conservative', 3064],
      ['Lab', 'Labour', 26272],
      ['Oth', 'Others', 768],
    ]);
  });

  it('rejects inconsistent seat totals and bad shares', () => {
    const text = [HEADER, 'W1,A,4,Conservative,Con,1,10,50,0.1', 'W1,A,15,Labour,Lab,9,11,50,0.9'].join('\n');
    expect(catchError(() => parseNotional2005(text, 'n.csv'))).toMatchObject({
      line: 3,
      columnName: 'total_votes',
    });
    const badShare = [HEADER, 'W1,A,4,Conservative,Con,1,10,50,a lot'].join('\n');
    expect(catchError(() => parseNotional2005(badShare, 'n.csv'))).toMatchObject({
      line: 2,
      columnName: 'share',
    });
  });
});
