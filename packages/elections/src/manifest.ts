import type { BoundarySet } from './types';

/** What a data file holds, which decides its parser. */
export type DataFileKind =
  | 'general-election-constituencies'
  | 'general-election-candidacies'
  | 'by-election-constituencies'
  | 'by-election-candidacies'
  | 'notional-2019-results'
  | 'notional-2005-results'
  | 'constituency-overlaps'
  | 'general-election-sources'
  | 'by-election-sources'
  | 'parliament-periods'
  | 'result-summaries'
  | 'hex-layout'
  | 'boundaries';

/** One file under data/, described for the loader. */
export interface DataFile {
  /** Path relative to the data/ directory, with forward slashes. */
  path: string;
  kind: DataFileKind;
  /** Election id (see GENERAL_ELECTIONS) for general-election and notional files; otherwise null. */
  election: string | null;
  /** Parliament number for by-election files; otherwise null. */
  parliament: number | null;
  /** Boundary set of the seats in the file; null for lookups that are not about seats. */
  boundarySet: BoundarySet | null;
  description: string;
}

const generalElectionFiles = (year: number, parliament: number): DataFile[] => {
  const boundarySet: BoundarySet = year >= 2024 ? '2024' : '2010';
  return [
    {
      path: `results/ge${year}_constituencies.csv`,
      kind: 'general-election-constituencies',
      election: `ge${year}`,
      parliament,
      boundarySet,
      description: `General election ${year}: one row per seat with votes by party`,
    },
    {
      path: `results/ge${year}_candidacies.csv`,
      kind: 'general-election-candidacies',
      election: `ge${year}`,
      parliament,
      boundarySet,
      description: `General election ${year}: one row per candidate`,
    },
  ];
};

const byElectionFiles = (parliament: number, span: string): DataFile[] => {
  const boundarySet: BoundarySet = parliament >= 59 ? '2024' : '2010';
  return [
    {
      path: `results/byelections_parl${parliament}_${span}_constituencies.csv`,
      kind: 'by-election-constituencies',
      election: null,
      parliament,
      boundarySet,
      description: `By-elections in Parliament ${parliament} (${span}): one row per by-election`,
    },
    {
      path: `results/byelections_parl${parliament}_${span}_candidacies.csv`,
      kind: 'by-election-candidacies',
      election: null,
      parliament,
      boundarySet,
      description: `By-elections in Parliament ${parliament} (${span}): one row per candidate`,
    },
  ];
};

const lookup = (path: string, kind: DataFileKind, description: string): DataFile => ({
  path: `lookups/${path}`,
  kind,
  election: null,
  parliament: null,
  boundarySet: null,
  description,
});

/**
 * Every data file, in load order: lookups, then the 2010-set results (oldest first), then the
 * 2024-set results, then the overlaps that join the two sets, then maps. Iterate this to load data/.
 */
export const DATA_MANIFEST: readonly DataFile[] = [
  lookup(
    'general_elections_sources.csv',
    'general-election-sources',
    'Polling dates and Commons Library briefings',
  ),
  lookup(
    'by_elections_sources.csv',
    'by-election-sources',
    'Commons Library by-election briefings by Parliament',
  ),
  lookup('parliament_periods.csv', 'parliament-periods', 'Parliaments since 1801 (no header row)'),
  lookup('result_summaries.csv', 'result-summaries', 'Short and long result summaries'),
  {
    path: 'results/notional_ge2005_on_2010_boundaries.csv',
    kind: 'notional-2005-results',
    election: 'notional2005',
    parliament: 54,
    boundarySet: '2010',
    description: 'Notional 2005 results on 2010 boundaries: one row per party per seat',
  },
  ...generalElectionFiles(2010, 55),
  ...byElectionFiles(55, '2010-2015'),
  ...generalElectionFiles(2015, 56),
  ...byElectionFiles(56, '2015-2017'),
  ...generalElectionFiles(2017, 57),
  ...byElectionFiles(57, '2017-2019'),
  ...generalElectionFiles(2019, 58),
  ...byElectionFiles(58, '2019-2024'),
  {
    path: 'results/notional_ge2019_on_2024_boundaries.csv',
    kind: 'notional-2019-results',
    election: 'notional2019',
    parliament: 58,
    boundarySet: '2024',
    description: 'Notional 2019 results on 2024 boundaries: one row per party per seat, plus aggregate rows',
  },
  ...generalElectionFiles(2024, 59),
  ...byElectionFiles(59, '2024-now'),
  {
    path: 'lookups/constituency_overlaps_2010set_to_2024set.csv',
    kind: 'constituency-overlaps',
    election: null,
    parliament: null,
    boundarySet: null,
    description: 'Overlap weights between 2010-set and 2024-set seats',
  },
  {
    path: 'boundaries/hex_constituencies_2010set.hexjson',
    kind: 'hex-layout',
    election: null,
    parliament: null,
    boundarySet: '2010',
    description: 'Open Innovations hex map of the 2010-set seats',
  },
  {
    path: 'boundaries/hex_constituencies_2024.hexjson',
    kind: 'hex-layout',
    election: null,
    parliament: null,
    boundarySet: '2024',
    description: 'Open Innovations hex map of the 2024-set seats',
  },
  {
    path: 'boundaries/pcon_dec2022_2010set_uk_buc.geojson',
    kind: 'boundaries',
    election: null,
    parliament: null,
    boundarySet: '2010',
    description: 'ONS boundaries (BUC) of the 2010-set seats',
  },
  {
    path: 'boundaries/pcon_july2024_uk_buc.geojson',
    kind: 'boundaries',
    election: null,
    parliament: null,
    boundarySet: '2024',
    description: 'ONS boundaries (BUC) of the 2024-set seats',
  },
];
