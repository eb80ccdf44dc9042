import { InvalidDocumentError } from './data-file-error';
import { isJsonObject, parseJsonDocument } from './json-document';

/** A position: longitude, latitude (WGS84). */
export type Position = readonly number[];

/** A constituency outline: a polygon or several. */
export type BoundaryGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** One constituency's boundary. */
export interface BoundaryFeature {
  code: string;
  name: string;
  geometry: BoundaryGeometry;
}

const CODE_PROPERTY = /^PCON\d{2}CD$/;
const NAME_PROPERTY = /^PCON\d{2}NM$/;

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && value.every((number) => typeof number === 'number');
const isRing = (value: unknown): value is Position[] => Array.isArray(value) && value.every(isPosition);
const isPolygon = (value: unknown): value is Position[][] => Array.isArray(value) && value.every(isRing);

function readGeometry(value: unknown): BoundaryGeometry | undefined {
  if (!isJsonObject(value)) return undefined;
  const { type, coordinates } = value;
  if (type === 'Polygon' && isPolygon(coordinates)) return { type, coordinates };
  if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isPolygon)) {
    return { type, coordinates };
  }
  return undefined;
}

/**
 * Parses a constituency boundary GeoJSON FeatureCollection (ONS BUC files; properties PCON24CD/PCON24NM
 * or PCON22CD/PCON22NM). Each feature is expected on its own line, as in the data files.
 */
export function parseBoundaries(text: string, file: string): BoundaryFeature[] {
  const document = parseJsonDocument(text, file);
  const features =
    isJsonObject(document) && document.type === 'FeatureCollection' ? document.features : undefined;
  if (!Array.isArray(features))
    throw new InvalidDocumentError(file, 1, null, null, 'expected a GeoJSON FeatureCollection');
  const firstFeatureLine = text.slice(0, text.indexOf('"features"')).split('\n').length + 1;
  return features.map((feature: unknown, index): BoundaryFeature => {
    const fail = (problem: string): never => {
      throw new InvalidDocumentError(
        file,
        firstFeatureLine + index,
        null,
        null,
        `feature ${index + 1}: ${problem}`,
      );
    };
    if (!isJsonObject(feature) || !isJsonObject(feature.properties))
      return fail('expected a Feature with properties');
    const entries = Object.entries(feature.properties);
    const code = entries.find(([key]) => CODE_PROPERTY.test(key))?.[1];
    const name = entries.find(([key]) => NAME_PROPERTY.test(key))?.[1];
    if (typeof code !== 'string' || typeof name !== 'string')
      return fail('expected PCONxxCD and PCONxxNM properties');
    const geometry = readGeometry(feature.geometry);
    if (geometry === undefined) return fail(`geometry of ${code} is not a Polygon or MultiPolygon`);
    return { code, name, geometry };
  });
}
