import type { Election } from './types';

/** The general elections and notional result sets in the data, oldest first. */
export const GENERAL_ELECTIONS: readonly Election[] = [
  {
    id: 'notional2005',
    kind: 'notional',
    date: '2005-05-05',
    year: 2005,
    boundarySet: '2010',
    parliament: 54,
    label: 'Notional 2005 results on 2010 boundaries',
  },
  {
    id: 'ge2010',
    kind: 'general',
    date: '2010-05-06',
    year: 2010,
    boundarySet: '2010',
    parliament: 55,
    label: 'General election 2010',
  },
  {
    id: 'ge2015',
    kind: 'general',
    date: '2015-05-07',
    year: 2015,
    boundarySet: '2010',
    parliament: 56,
    label: 'General election 2015',
  },
  {
    id: 'ge2017',
    kind: 'general',
    date: '2017-06-08',
    year: 2017,
    boundarySet: '2010',
    parliament: 57,
    label: 'General election 2017',
  },
  {
    id: 'ge2019',
    kind: 'general',
    date: '2019-12-12',
    year: 2019,
    boundarySet: '2010',
    parliament: 58,
    label: 'General election 2019',
  },
  {
    id: 'notional2019',
    kind: 'notional',
    date: '2019-12-12',
    year: 2019,
    boundarySet: '2024',
    parliament: 58,
    label: 'Notional 2019 results on 2024 boundaries',
  },
  {
    id: 'ge2024',
    kind: 'general',
    date: '2024-07-04',
    year: 2024,
    boundarySet: '2024',
    parliament: 59,
    label: 'General election 2024',
  },
];

/** The identifier of a by-election: "by-" + polling day + seat code. */
export function byElectionId(date: string, code: string): string {
  return `by-${date}-${code}`;
}

/** Looks up a general election or notional set by id. */
export function generalElection(id: string): Election | undefined {
  return GENERAL_ELECTIONS.find((election) => election.id === id);
}
