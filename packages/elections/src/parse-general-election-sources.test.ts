import { describe, expect, it } from 'vitest';
import { HeaderError, InvalidValueError } from './data-file-error';
import { parseGeneralElectionSources } from './parse-general-election-sources';

describe('parseGeneralElectionSources', () => {
  it('reads polling dates and briefings, with a blank briefing for the notional set', () => {
    const text =
      'Polling date,Is notional,Commons Library briefing\n2019-12-12,false,https://x/cbp-8749/\n2019-12-12,true,';
    expect(parseGeneralElectionSources(text, 'g.csv')).toEqual([
      { line: 2, pollingDate: '2019-12-12', isNotional: false, briefingUrl: 'https://x/cbp-8749/' },
      { line: 3, pollingDate: '2019-12-12', isNotional: true, briefingUrl: null },
    ]);
  });

  it('rejects a wrong header and a non-boolean flag', () => {
    expect(() => parseGeneralElectionSources('Date,Notional,Briefing\n', 'g.csv')).toThrow(HeaderError);
    const text = 'Polling date,Is notional,Commons Library briefing\n2019-12-12,maybe,';
    expect(() => parseGeneralElectionSources(text, 'g.csv')).toThrow(InvalidValueError);
  });
});
