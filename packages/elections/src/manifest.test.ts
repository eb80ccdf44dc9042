import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_MANIFEST } from './manifest';
import { parseDataFile } from './parse-data-file';
import { DATA_DIR, readDataFile } from './testing/data-files';

describe('DATA_MANIFEST', () => {
  it('lists every data file under data/ exactly once', () => {
    const onDisk = ['results', 'lookups', 'boundaries'].flatMap((folder) =>
      readdirSync(`${DATA_DIR}${folder}`).map((name) => `${folder}/${name}`),
    );
    const listed = DATA_MANIFEST.map((file) => file.path);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...onDisk].sort());
  });

  it('parses every real file with the parser its kind names', () => {
    const sizes = Object.fromEntries(
      DATA_MANIFEST.map((file) => {
        const parsed = parseDataFile(file, readDataFile(file.path));
        return [file.path, Array.isArray(parsed.data) ? parsed.data.length : parsed.data.hexes.length];
      }),
    );
    expect(sizes).toMatchObject({
      'results/ge2010_constituencies.csv': 650,
      'results/ge2010_candidacies.csv': 4150,
      'results/ge2015_candidacies.csv': 3971,
      'results/ge2017_candidacies.csv': 3304,
      'results/ge2019_candidacies.csv': 3320,
      'results/ge2024_candidacies.csv': 4515,
      'results/byelections_parl55_2010-2015_constituencies.csv': 21,
      'results/byelections_parl56_2015-2017_constituencies.csv': 10,
      'results/byelections_parl57_2017-2019_constituencies.csv': 5,
      'results/byelections_parl58_2019-2024_constituencies.csv': 23,
      'results/byelections_parl59_2024-now_constituencies.csv': 6,
      'results/notional_ge2019_on_2024_boundaries.csv': 650,
      'results/notional_ge2005_on_2010_boundaries.csv': 650,
      'lookups/constituency_overlaps_2010set_to_2024set.csv': 1438,
      'lookups/parliament_periods.csv': 59,
      'boundaries/hex_constituencies_2024.hexjson': 650,
      'boundaries/hex_constituencies_2010set.hexjson': 650,
      'boundaries/pcon_july2024_uk_buc.geojson': 650,
      'boundaries/pcon_dec2022_2010set_uk_buc.geojson': 650,
    });
  });
});
