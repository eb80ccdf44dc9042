/** An election year or id that the data does not cover. */
export class UnknownElectionError extends Error {
  override readonly name = 'UnknownElectionError';

  constructor(
    /** What was asked for. */
    readonly query: string,
    /** Years and ids that are available. */
    readonly available: readonly string[],
  ) {
    super(`No election "${query}" in the data. Available: ${available.join(', ')}.`);
  }
}

/** A nation, region or county name that matches no seat. */
export class UnknownAreaError extends Error {
  override readonly name = 'UnknownAreaError';

  constructor(
    /** "nation", "region" or "county". */
    readonly area: 'nation' | 'region' | 'county',
    /** What was asked for. */
    readonly query: string,
    /** The closest valid names. */
    readonly suggestions: readonly string[],
  ) {
    super(
      `Unknown ${area} "${query}".${suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''}`,
    );
  }
}

/** No by-election matches the seat (and date) asked for. */
export class UnknownByElectionError extends Error {
  override readonly name = 'UnknownByElectionError';

  constructor(
    /** The seat asked about, as code or name. */
    readonly seat: string,
    /** The date asked for, if any. */
    readonly date: string | null,
    /** Dates of the by-elections that seat did have (empty if none). */
    readonly availableDates: readonly string[],
  ) {
    super(
      availableDates.length === 0
        ? `${seat} has had no by-election since 2010.`
        : date === null
          ? `${seat} has had several by-elections; give one of these dates: ${availableDates.join(', ')}.`
          : `${seat} had no by-election on ${date}. By-elections there: ${availableDates.join(', ')}.`,
    );
  }
}

/** Results on the 2024 boundaries cannot be carried back to the 2010 set. */
export class BoundaryMismatchError extends Error {
  override readonly name = 'BoundaryMismatchError';

  constructor(
    /** The election whose results were asked for. */
    readonly electionId: string,
  ) {
    super(`Results of ${electionId} are on 2024 boundaries and cannot be expressed on the 2010 set.`);
  }
}

/** A party abbreviation that does not appear in the election asked about. */
export class UnknownPartyError extends Error {
  override readonly name = 'UnknownPartyError';

  constructor(
    /** The abbreviation asked for. */
    readonly party: string,
    /** The election searched. */
    readonly electionId: string,
    /** Abbreviations that do appear, most votes first. */
    readonly available: readonly string[],
  ) {
    super(`No party "${party}" stood in ${electionId}. Parties: ${available.slice(0, 15).join(', ')}.`);
  }
}
