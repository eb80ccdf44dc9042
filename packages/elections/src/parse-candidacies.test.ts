import { describe, expect, it } from 'vitest';
import { HeaderError, InvalidValueError } from './data-file-error';
import { parseCandidacies } from './parse-candidacies';
import { catchError } from './testing/catch-error';

const COLUMNS =
  'ONS region ID,Constituency name,County name,Region name,Country name,Constituency type,Party name,Party abbreviation,Electoral Commission party ID,MNIS party ID,Electoral Commission adjunct party ID,Candidate first name,Candidate surname,Candidate gender,Sitting MP,Former MP,Member MNIS ID,Votes,Share,Change';

describe('parseCandidacies', () => {
  it('reads 2010 rows with a "?" gender, a no-break-space Sitting MP and a padded "Yes "', () => {
    const text = `ONS ID,${COLUMNS}\r\nE14000530,E12000008,Aldershot,Hampshire,South East ,England,County,Conservative,Con,PP52,4,,Gerald,Howarth,?,\u00a0,Yes ,165,21203,0.466,\r\n`;
    const [row] = parseCandidacies(text, 'ge2010_candidacies.csv', 'general');
    expect(row).toMatchObject({
      code: 'E14000530',
      regionName: 'South East',
      gender: 'unknown',
      sittingMp: null,
      formerMp: true,
      votes: 21203,
      share: 0.466,
      change: null,
      democracyClubPersonId: null,
      electionDate: null,
    });
  });

  it('reads the 2024 layout, its "County " padding and the "NA" region code', () => {
    const text = `ONS ID,${COLUMNS},DC Person ID\nS14000109,NA,Central Ayrshire,,Scotland,Scotland,County ,Labour,Lab,PP53,15,,Alan,Gemmell,Male,No,No,5185,18091,0.43678,0.295314,116215\n`;
    const [row] = parseCandidacies(text, 'ge2024_candidacies.csv', 'general');
    expect(row).toMatchObject({
      regionCode: null,
      type: 'County',
      democracyClubPersonId: '116215',
      change: 0.295314,
    });
  });

  it('reads by-election rows with a BOM and the "ONS ID2" header', () => {
    const text = `\ufeffElection date,ONS ID2,${COLUMNS},Democracy Club person ID\r\n01/07/2021,E14000548,E12000003,Batley and Spen,,Yorkshire and The Humber,England,County,Labour,Lab,PP53,15,,Kim,Leadbeater,Female,No,No,4869,13296,0.354,-0.073,1\r\n`;
    const [row] = parseCandidacies(text, 'by.csv', 'by-election');
    expect(row).toMatchObject({
      electionDate: '2021-07-01',
      code: 'E14000548',
      gender: 'female',
      votes: 13296,
    });
  });

  it('rejects a missing Democracy Club column in a by-election file', () => {
    const text = `Election date,ONS ID,${COLUMNS}\n`;
    expect(catchError(() => parseCandidacies(text, 'by.csv', 'by-election'))).toBeInstanceOf(HeaderError);
  });

  it('rejects a non-numeric vote count naming line and column', () => {
    const text = `ONS ID,${COLUMNS}\nE14000530,E12000008,Aldershot,Hampshire,South East,England,County,Conservative,Con,PP52,4,,Gerald,Howarth,M,Yes,Yes,165,many,0.466,\n`;
    const error = catchError(() => parseCandidacies(text, 'c.csv', 'general'));
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error).toMatchObject({ line: 2, column: 19, columnName: 'Votes' });
  });
});
