/** The abbreviation the analytics use for "all other parties and candidates" combined. */
export const OTHERS = 'Oth';

/** The Speaker's party abbreviation; the Speaker stands unopposed by the main parties. */
export const SPEAKER = 'Spk';

/** Abbreviation for independent candidates (not a party; never modelled as one). */
export const INDEPENDENT = 'Ind';

/** Spellings in "First party" and "Result" cells that differ from the candidacy files' abbreviations. */
const ALIASES: Readonly<Record<string, string>> = {
  Respect: 'Res',
  'Lab Coop': 'Lab',
};

/** Normalises a party abbreviation from a results cell to the one the candidacy files use. */
export function normalisePartyAbbreviation(text: string): string {
  const trimmed = text.trim();
  return ALIASES[trimmed] ?? trimmed;
}

/** Party codes in the notional-2019 file whose abbreviation is not simply the code without its final "V". */
const NOTIONAL_2019_CODES: Readonly<Record<string, string>> = {
  CONV: 'Con',
  LABV: 'Lab',
  LDV: 'LD',
  GRNV: 'Green',
  BRXV: 'BRX',
  PCV: 'PC',
  SNPV: 'SNP',
  UKIPV: 'UKIP',
  DUPV: 'DUP',
  SFV: 'SF',
  SDLPV: 'SDLP',
  UUPV: 'UUP',
  APNIV: 'APNI',
  AONTV: 'AONT',
  'Commons Speaker': SPEAKER,
  MRLPV: 'MRLP',
  LIBV: 'Lib',
  EDV: 'ED',
  YRKSV: 'Yrks',
  ASHV: 'Ash',
  LBTV: 'LPUK',
  SOCV: 'SPGB',
  TIGV: 'IGC',
  CMEPV: 'Elvis',
  COMLV: 'Comm L',
  RENV: 'Ren',
  GWLDV: 'Gwld',
  JACV: 'JACP',
};

const NOTIONAL_INDEPENDENT = /^IND\d+V$/;

/**
 * Maps a notional-2019 party code (CONV, LABV, BRXV, IND1V, "Commons Speaker", …) to the abbreviation
 * the results files use (Con, Lab, BRX, Ind, Spk, …).
 */
export function partyFromNotionalCode(code: string): string {
  const known = NOTIONAL_2019_CODES[code];
  if (known !== undefined) return known;
  if (NOTIONAL_INDEPENDENT.test(code)) return INDEPENDENT;
  return code.endsWith('V') ? code.slice(0, -1) : code;
}
