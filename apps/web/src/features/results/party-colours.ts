// Party colours and names for maps, legends and charts: one place for the whole results area.

interface PartyStyle {
  name: string;
  colour: string;
}

const PARTIES: Readonly<Record<string, PartyStyle>> = {
  Con: { name: 'Conservative', colour: '#0087dc' },
  Lab: { name: 'Labour', colour: '#e4003b' },
  LD: { name: 'Liberal Democrat', colour: '#faa61a' },
  SNP: { name: 'Scottish National Party', colour: '#fdf38e' },
  Green: { name: 'Green', colour: '#02a95b' },
  PC: { name: 'Plaid Cymru', colour: '#005b54' },
  RUK: { name: 'Reform UK', colour: '#12b6cf' },
  BRX: { name: 'Brexit Party', colour: '#12b6cf' },
  UKIP: { name: 'UKIP', colour: '#6d3177' },
  DUP: { name: 'Democratic Unionist', colour: '#d46a4c' },
  SF: { name: 'Sinn Féin', colour: '#326760' },
  SDLP: { name: 'SDLP', colour: '#2aa82c' },
  UUP: { name: 'Ulster Unionist', colour: '#48a5ee' },
  APNI: { name: 'Alliance', colour: '#f6cb2f' },
  TUV: { name: 'Traditional Unionist Voice', colour: '#0c3a6a' },
  Spk: { name: 'Speaker', colour: '#6b6b6b' },
  Ind: { name: 'Independent', colour: '#b3b3b3' },
  Oth: { name: 'Others', colour: '#8c8c8c' },
};

const UNKNOWN: PartyStyle = { name: '', colour: '#c9c9c9' };

/** The fill colour for a party abbreviation (grey for parties without one). */
export function partyColour(party: string | null): string {
  return (party === null ? undefined : PARTIES[party])?.colour ?? UNKNOWN.colour;
}

/** A party's full name, or the abbreviation itself for parties not listed here. */
export function partyName(party: string): string {
  return PARTIES[party]?.name ?? party;
}
