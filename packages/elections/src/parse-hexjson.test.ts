import { describe, expect, it } from 'vitest';
import { InvalidDocumentError } from './data-file-error';
import { parseHexJson } from './parse-hexjson';
import { catchError } from './testing/catch-error';

describe('parseHexJson', () => {
  it('reads the 2024 layout (region code) and the 2010-set layout (region name)', () => {
    const current = parseHexJson(
      '{"layout":"odd-r","hexes":{"E14001074":{"n":"Barnsley North","r":-23,"q":57,"region":"E12000003"}}}',
      'h.hexjson',
    );
    expect(current).toEqual({
      layout: 'odd-r',
      hexes: [{ code: 'E14001074', name: 'Barnsley North', q: 57, r: -23, regionCode: 'E12000003' }],
    });
    const old = parseHexJson(
      '{"layout":"odd-r","hexes":{"E14000530":{"n":"Aldershot","q":-3,"r":-11,"a":"Yorkshire and the Humber"}}}',
      'h.hexjson',
    );
    expect(old.hexes[0]?.regionCode).toBe('E12000003');
  });

  it('reports invalid JSON and a hex without coordinates with the line', () => {
    const broken = catchError(() => parseHexJson('{\n"layout":"odd-r",\n"hexes":{,}\n}', 'h.hexjson'));
    expect(broken).toBeInstanceOf(InvalidDocumentError);
    expect(broken).toMatchObject({ line: 3, kind: 'invalid-document' });
    const missing = catchError(() =>
      parseHexJson('{"layout":"odd-r",\n"hexes":{\n"E1":{"n":"A","q":1}}}', 'h.hexjson'),
    );
    expect(missing).toMatchObject({ line: 3 });
    expect(() => parseHexJson('{"layout":"diagonal","hexes":{}}', 'h.hexjson')).toThrow(InvalidDocumentError);
  });
});
