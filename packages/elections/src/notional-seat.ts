/** One party's notional votes in a seat. */
export interface NotionalPartyVotes {
  /** Line of the row in the source file. */
  line: number;
  /** Abbreviation as the results files use it (Con, Lab, BRX, Ind, Spk, Oth…). */
  party: string;
  partyName: string;
  votes: number;
}

/** A seat's notional result: estimated party totals for an election held on boundaries drawn later. */
export interface NotionalSeat {
  /** Line of the seat's first row in the source file. */
  line: number;
  code: string;
  name: string;
  electorate: number;
  validVotes: number;
  parties: NotionalPartyVotes[];
}
