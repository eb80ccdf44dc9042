import { describe, expect, it } from 'vitest';
import { HeaderError } from './data-file-error';
import { parseResultSummaries } from './parse-result-summaries';

describe('parseResultSummaries', () => {
  it('reads short and long summaries', () => {
    expect(parseResultSummaries('Short summary,Long summary\nLab hold,Labour hold', 'r.csv')).toEqual([
      { line: 2, short: 'Lab hold', long: 'Labour hold' },
    ]);
  });

  it('rejects a wrong header', () => {
    expect(() => parseResultSummaries('Short,Long\n', 'r.csv')).toThrow(HeaderError);
  });
});
