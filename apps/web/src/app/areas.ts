/** A top-level area of Caucus, shown in the main navigation. */
export interface Area {
  path: string;
  label: string;
  summary: string;
  /** False until the area is built; unavailable areas are listed but not linked. */
  available: boolean;
}

/** Every area, in navigation order. */
export const AREAS: Area[] = [
  {
    path: '/results',
    label: 'Results',
    summary:
      'Every UK general election and by-election since 2010: majorities, swings, targets and seat projections.',
    available: true,
  },
  {
    path: '/party',
    label: 'Party',
    summary: 'Branches, CLPs, regions and affiliates; members, officers and who can vote in what.',
    available: true,
  },
  {
    path: '/meetings',
    label: 'Meetings',
    summary: 'Quorate, minuted branch and CLP meetings with attendance and decisions.',
    available: false,
  },
  {
    path: '/motions',
    label: 'Motions',
    summary: 'Model motions, amendments and compositing, from branch to conference.',
    available: false,
  },
  {
    path: '/selections',
    label: 'Selections',
    summary: 'Candidate selections and trigger ballots run by the rule book.',
    available: false,
  },
  {
    path: '/ballots/count',
    label: 'Ballots',
    summary:
      'Count any election exactly, stage by stage: FPTP, AV and STV by Scottish, ERS97 or Meek rules, from a BLT file or paper piles.',
    available: true,
  },
  {
    path: '/organise',
    label: 'Organise',
    summary: 'Turn people out: events, contact lists and follow-ups.',
    available: false,
  },
];
