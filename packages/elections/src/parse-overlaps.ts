import { exactHeader, readCsvTable } from './csv-table';
import { to2024Code } from './scottish-code-changes';
import type { ConstituencyOverlap } from './types';

const COLUMNS = [
  'Key',
  'From ONS ID (2010 set)',
  'From name',
  'To ONS ID (2024 set)',
  'To name',
  'From residential overlap',
  'To residential overlap',
  'From geographic overlap',
  'To geographic overlap',
  'From population overlap',
  'To population overlap',
];

/** One row of the overlaps file, with its line. */
export interface ConstituencyOverlapRow extends ConstituencyOverlap {
  line: number;
}

/**
 * Parses the 2010-set → 2024-set overlap weights. The key must be the two codes joined; the five
 * unchanged Scottish seats, which keep their old codes on the 2024 side here, get their 2024 codes.
 */
export function parseOverlaps(text: string, file: string): ConstituencyOverlapRow[] {
  const seen = new Set<string>();
  return readCsvTable(text, file, { header: exactHeader(COLUMNS) }).rows.map((row) => {
    const fromCode = row.text('From ONS ID (2010 set)');
    const originalTo = row.text('To ONS ID (2024 set)');
    const key = row.text('Key');
    if (key !== `${fromCode}${originalTo}`)
      row.fail('Key', `expected "${fromCode}${originalTo}", found "${key}"`);
    if (seen.has(key)) row.fail('Key', `pair ${key} appears twice`);
    seen.add(key);
    const share = (column: string): number => {
      const value = row.decimal(column);
      return value < 0 || value > 1.000001
        ? row.fail(column, `expected a share between 0 and 1, found ${value}`)
        : value;
    };
    return {
      line: row.line,
      fromCode,
      fromName: row.text('From name'),
      toCode: to2024Code(originalTo),
      toName: row.text('To name'),
      fromResidential: share('From residential overlap'),
      toResidential: share('To residential overlap'),
      fromGeographic: share('From geographic overlap'),
      toGeographic: share('To geographic overlap'),
      fromPopulation: share('From population overlap'),
      toPopulation: share('To population overlap'),
    };
  });
}
