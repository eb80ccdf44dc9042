import { describe, expect, it } from 'vitest';
import { InvalidDocumentError } from './data-file-error';
import { parseBoundaries } from './parse-boundaries';
import { catchError } from './testing/catch-error';

const feature = (properties: string, geometry: string) =>
  `{"type":"Feature","properties":${properties},"geometry":${geometry}}`;
const square = '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}';

describe('parseBoundaries', () => {
  it('reads 2024 and 2010-set property names', () => {
    const text = `{"type":"FeatureCollection","features":[\n${feature('{"PCON24CD":"E1","PCON24NM":"A","PCON24NMW":" "}', square)},\n${feature('{"PCON22CD":"E2","PCON22NM":"B"}', '{"type":"MultiPolygon","coordinates":[[[[0,0],[1,1],[0,0]]]]}')}\n]}`;
    const features = parseBoundaries(text, 'b.geojson');
    expect(features.map((f) => [f.code, f.name, f.geometry.type])).toEqual([
      ['E1', 'A', 'Polygon'],
      ['E2', 'B', 'MultiPolygon'],
    ]);
  });

  it('names the line of a feature without a code or with a bad geometry', () => {
    const text = `{"type":"FeatureCollection","features":[\n${feature('{"PCON24CD":"E1","PCON24NM":"A"}', square)},\n${feature('{"name":"B"}', square)}\n]}`;
    const error = catchError(() => parseBoundaries(text, 'b.geojson'));
    expect(error).toBeInstanceOf(InvalidDocumentError);
    expect(error).toMatchObject({ line: 3 });
    const badGeometry = `{"type":"FeatureCollection","features":[\n${feature('{"PCON24CD":"E1","PCON24NM":"A"}', '{"type":"Point","coordinates":[0,0]}')}\n]}`;
    expect(catchError(() => parseBoundaries(badGeometry, 'b.geojson'))).toMatchObject({ line: 2 });
    expect(() => parseBoundaries('{"type":"Feature"}', 'b.geojson')).toThrow(InvalidDocumentError);
  });
});
