import { InvalidDocumentError } from './data-file-error';
import { isJsonObject, lineOfKey, parseJsonDocument } from './json-document';
import { findRegion } from './regions';

/** HexJSON coordinate layouts (https://open-innovations.org/projects/hexmaps/hexjson). */
export type HexLayoutKind = 'odd-r' | 'even-r' | 'odd-q' | 'even-q';

/** One constituency's hexagon. */
export interface Hex {
  /** GSS code (the HexJSON key). */
  code: string;
  name: string;
  /** Column. */
  q: number;
  /** Row. */
  r: number;
  /** ONS region code, from `region` (2024 layout) or the region name in `a` (2010-set layout). */
  regionCode: string | null;
}

/** A hex map of all constituencies of one boundary set. */
export interface HexLayout {
  layout: HexLayoutKind;
  hexes: Hex[];
}

const LAYOUTS: readonly HexLayoutKind[] = ['odd-r', 'even-r', 'odd-q', 'even-q'];

/** Parses an Open Innovations HexJSON file (both the 2024 and the 2010-set layouts). */
export function parseHexJson(text: string, file: string): HexLayout {
  const document = parseJsonDocument(text, file);
  const fail = (line: number, problem: string): never => {
    throw new InvalidDocumentError(file, line, null, null, problem);
  };
  if (!isJsonObject(document)) return fail(1, 'expected a HexJSON object');
  const layout = LAYOUTS.find((kind) => kind === document.layout);
  if (layout === undefined)
    return fail(lineOfKey(text, 'layout'), `unknown layout ${JSON.stringify(document.layout)}`);
  const hexes = document.hexes;
  if (!isJsonObject(hexes)) return fail(lineOfKey(text, 'hexes'), 'expected a "hexes" object');
  return {
    layout,
    hexes: Object.entries(hexes).map(([code, hex]): Hex => {
      if (!isJsonObject(hex)) return fail(lineOfKey(text, code), `hex ${code} is not an object`);
      const { n, q, r, region, a } = hex;
      if (typeof n !== 'string' || !Number.isInteger(q) || !Number.isInteger(r)) {
        return fail(lineOfKey(text, code), `hex ${code} needs a name "n" and whole-number "q" and "r"`);
      }
      const regionText = typeof region === 'string' ? region : typeof a === 'string' ? a : null;
      return {
        code,
        name: n,
        q: Number(q),
        r: Number(r),
        regionCode: regionText === null ? null : (findRegion(regionText)?.code ?? null),
      };
    }),
  };
}
