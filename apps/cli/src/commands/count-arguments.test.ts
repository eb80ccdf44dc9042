import { describe, expect, it } from 'vitest';
import { CliError } from '../output';
import { parseCountArguments } from './count-arguments';

describe('caucus count arguments', () => {
  it('reads files, the method and every option', () => {
    expect(
      parseCountArguments([
        'a.blt',
        'wards/',
        '-m',
        'meek-droop',
        '--seats',
        '3',
        '--seed',
        'x',
        '--tie-order',
        'c3, c1,c2',
        '--constraint',
        'women>=1:1,2',
        '--constraint',
        'women<=2:1,2',
        '--force-positive-surplus',
        '--format',
        'droop',
      ]),
    ).toEqual({
      paths: ['a.blt', 'wards/'],
      method: 'meek-droop',
      seats: 3,
      seed: 'x',
      tieOrder: ['c3', 'c1', 'c2'],
      batch: false,
      positiveSurplus: true,
      constraints: ['women>=1:1,2', 'women<=2:1,2'],
      format: 'droop',
      json: false,
    });
    expect(parseCountArguments(['a.blt', '-m', 'av', '--json'])).toMatchObject({
      format: 'json',
      json: true,
    });
    expect(parseCountArguments(['--help'])).toBe('help');
  });

  const wrong: [string[], RegExp][] = [
    [['a.blt'], /--method is required/],
    [['a.blt', '-m', 'borda'], /--method must be one of/],
    [['-m', 'av'], /Name a BLT file/],
    [['a.blt', '-m', 'av', '--seats', '0'], /--seats must be a whole number of at least 1/],
    [['a.blt', '-m', 'av', '--format', 'xml'], /--format must be text, json or droop/],
    [['a.blt', '-m', 'av', '--json', '--format', 'droop'], /cannot be combined/],
    [['a.blt', '-m', 'av', '--colour'], /Unknown option '--colour'.*caucus count --help/],
  ];
  for (const [args, message] of wrong) {
    it(`refuses ${args.join(' ')} with a message and exit status 2`, () => {
      try {
        parseCountArguments(args);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).exitCode).toBe(2);
        expect((error as CliError).message).toMatch(message);
      }
    });
  }
});
