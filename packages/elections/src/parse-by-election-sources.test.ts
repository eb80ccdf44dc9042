import { describe, expect, it } from 'vitest';
import { InvalidValueError } from './data-file-error';
import { parseByElectionSources } from './parse-by-election-sources';

describe('parseByElectionSources', () => {
  it('reads the briefing for each Parliament', () => {
    const text = 'Parliament number,Commons Library briefing\n58,https://x/cbp-9225/';
    expect(parseByElectionSources(text, 'b.csv')).toEqual([
      { line: 2, parliament: 58, briefingUrl: 'https://x/cbp-9225/' },
    ]);
  });

  it('rejects a Parliament that is not a number', () => {
    expect(() =>
      parseByElectionSources('Parliament number,Commons Library briefing\nLVIII,https://x/', 'b.csv'),
    ).toThrow(InvalidValueError);
  });
});
