import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt-reader';
import { BltParseError, ElectionInputError } from './errors';

describe('parseBlt', () => {
  it('reads the original Hill–Wichmann–Woodall example', () => {
    const text = [
      '4 2',
      '-2',
      '3 1 3 4 0',
      '4 1 3 2 0',
      '2 4 1 3 0',
      '1 2 0',
      '2 2 4 3 1 0',
      '1 3 4 2 0',
      '0',
      '"Adam"',
      '"Basil"',
      '"Charlotte"',
      '"Donald"',
      '"Title"',
    ].join('\n');
    expect(parseBlt(text)).toEqual({
      ballotLines: [3, 4, 5, 6, 7, 8],
      title: 'Title',
      candidates: ['Adam', 'Basil', 'Charlotte', 'Donald'],
      seats: 2,
      withdrawn: [1],
      ballots: [
        { weight: 3, ranks: [0, 2, 3] },
        { weight: 4, ranks: [0, 2, 1] },
        { weight: 2, ranks: [3, 0, 2] },
        { weight: 1, ranks: [1] },
        { weight: 2, ranks: [1, 3, 2, 0] },
        { weight: 1, ranks: [2, 3, 1] },
      ],
    });
  });

  it('reads unquoted names (the whole line) and an unquoted title, as in the Scottish files', () => {
    const election = parseBlt(
      '2 1\n5 1 2 0\n0\nJIM SHARKEY (Lab)\nPeter O\'DONNGHAILE (Lab)\nWard 3 - Paisley "North"',
    );
    expect(election.candidates).toEqual(['JIM SHARKEY (Lab)', "Peter O'DONNGHAILE (Lab)"]);
    expect(election.title).toBe('Ward 3 - Paisley "North"');
  });

  it('reads several quoted names on one line and makes the title optional', () => {
    const election = parseBlt('3 1\n1 1 0\n0\n"A" "B b"   "C"  # comment\n');
    expect(election.candidates).toEqual(['A', 'B b', 'C']);
    expect(election.title).toBeUndefined();
  });

  it('reads equal rankings, skipped ranks, ballot ids, comments and blank lines', () => {
    const text = '# a comment\n3 2 # header\n\n(b1) 2 1=3 - 2 0 # first ballot\n1 2 0\n0\n"A"\n"B"\n"C"\n';
    expect(parseBlt(text).ballots).toEqual([
      { weight: 2, ranks: [[0, 2], [], 1] },
      { weight: 1, ranks: [1] },
    ]);
  });

  it('accepts a byte-order mark and CRLF or CR line ends', () => {
    const lines = ['2 1', '1 1 2 0', '0', '"A"', '"B"', '"T"'];
    const expected = parseBlt(lines.join('\n'));
    expect(parseBlt(`\uFEFF${lines.join('\r\n')}\r\n`)).toEqual(expected);
    expect(parseBlt(lines.join('\r'))).toEqual(expected);
  });

  it('keeps UTF-8 names exactly', () => {
    expect(parseBlt('2 1\n1 1 0\n0\n"Máire Ní Bhriain"\nEilidh MacLeòid\n').candidates).toEqual([
      'Máire Ní Bhriain',
      'Eilidh MacLeòid',
    ]);
  });

  it('merges identical ballot lines unless asked not to', () => {
    const text = '2 1\n1 1 2 0\n2 2 0\n3 1 2 0\n0\n"A"\n"B"\n';
    expect(parseBlt(text).ballots).toEqual([
      { weight: 4, ranks: [0, 1] },
      { weight: 2, ranks: [1] },
    ]);
    expect(parseBlt(text, { mergeIdentical: false }).ballots).toHaveLength(3);
  });

  it('reads an empty ballot', () => {
    expect(parseBlt('2 1\n4 0\n0\n"A"\n"B"\n').ballots).toEqual([{ weight: 4, ranks: [] }]);
  });

  const malformed: [string, string, number, string][] = [
    ['an empty file', '', 1, 'a header line "<candidates> <seats>"'],
    ['a bad header', '2 x\n', 1, 'the number of seats (a whole number of at least 1)'],
    ['zero candidates', '0 1\n', 1, 'the number of candidates (a whole number of at least 1)'],
    ['extra header fields', '2 1 7\n', 1, 'end of the header line'],
    ['a bad withdrawn line', '2 1\n-3\n0\n"A"\n"B"\n', 2, 'a withdrawn candidate as -1 to -2'],
    ['a candidate out of range', '2 1\n1 1 3 0\n0\n"A"\n"B"\n', 2, 'a candidate number from 1 to 2'],
    [
      'a missing terminating zero',
      '2 1\n1 1 2\n0\n"A"\n"B"\n',
      2,
      'a candidate number, or 0 to end the ballot',
    ],
    ['a bad weight', '2 1\nx 1 0\n0\n"A"\n"B"\n', 2, 'a ballot weight'],
    ['a broken equal ranking', '2 1\n1 1= 0\n0\n"A"\n"B"\n', 2, 'a candidate number from 1 to 2 after "="'],
    ['text after the zero', '2 1\n1 1 0 2\n0\n"A"\n"B"\n', 2, 'end of line after the 0'],
    ['no end of ballots', '2 1\n1 1 0\n', 3, 'a line holding 0 to end the ballots'],
    ['a missing name', '2 1\n1 1 0\n0\n"A"\n', 5, 'the name of candidate 2'],
    ['an unclosed quote', '2 1\n1 1 0\n0\n"A\n"B"\n', 4, 'a closing quote'],
    ['an unclosed option line', '2 1\n[nick a b\n0\n"A"\n"B"\n', 2, 'a closing "]" on the option line'],
    [
      'an unknown option',
      '2 1\n[colour a b]\n0\n"A"\n"B"\n',
      2,
      'an option line [nick …], [withdrawn …], [tie …] or [droop …]',
    ],
    ['too few nicknames', '2 1\n[nick a]\n0\n"A"\n"B"\n', 2, '2 nicknames in [nick …], one per candidate'],
    ['a repeated nickname', '2 1\n[nick a a]\n0\n"A"\n"B"\n', 2, 'a different nickname for each candidate'],
    [
      'a numeric nickname',
      '2 1\n[nick a 7]\n0\n"A"\n"B"\n',
      2,
      'nicknames that are not numbers and hold no =, #, ", ( or )',
    ],
    [
      'an unknown nickname on a ballot',
      '2 1\n[nick a b]\n1 a c 0\n0\n"A"\n"B"\n',
      3,
      'a candidate nickname or number from 1 to 2',
    ],
    [
      'an unknown withdrawn nickname',
      '2 1\n[nick a b]\n[withdrawn c]\n0\n"A"\n"B"\n',
      3,
      'a candidate nickname or number from 1 to 2 in [withdrawn …]',
    ],
    [
      'a tie order missing a candidate',
      '3 1\n[nick a b c]\n[tie c a]\n0\n"A"\n"B"\n"C"\n',
      3,
      'every candidate who has not withdrawn in [tie …]',
    ],
    [
      'a tie order naming a candidate twice',
      '2 1\n[tie 1 1 2]\n0\n"A"\n"B"\n',
      2,
      'each candidate once in [tie …]',
    ],
    ['an unclosed ballot id', '2 1\n(x 1 1 0\n0\n"A"\n"B"\n', 2, 'a closing ")" after the ballot id'],
  ];
  for (const [what, text, line, expected] of malformed) {
    it(`rejects ${what} with the line number and what was expected`, () => {
      try {
        parseBlt(text);
        expect.unreachable('parseBlt should have thrown');
      } catch (error) {
        expect(error).toBeInstanceOf(BltParseError);
        expect(error).toMatchObject({ line, expected, code: 'blt-parse' });
      }
    });
  }

  it('reads the stv-rs dialect: nicknames on ballot lines, [withdrawn] and [tie] by nickname', () => {
    const text = [
      '3 2',
      '[nick apple banana cherry]',
      '[withdrawn banana]',
      '[tie cherry apple]',
      '3 apple 0',
      '2 apple=banana cherry 0',
      '1 cherry 1 0',
      '0',
      '"Apple"',
      '"Banana"',
      '"Cherry"',
      '"Vegetables"',
    ].join('\n');
    expect(parseBlt(text)).toEqual({
      ballotLines: [5, 6, 7],
      title: 'Vegetables',
      candidates: ['Apple', 'Banana', 'Cherry'],
      nicknames: ['apple', 'banana', 'cherry'],
      seats: 2,
      withdrawn: [1],
      tieOrder: [2, 0, 1],
      ballots: [
        { weight: 3, ranks: [0] },
        { weight: 2, ranks: [[0, 1], 2] },
        { weight: 1, ranks: [2, 0] },
      ],
    });
  });

  it('reads a [withdrawn] line by number (Droop), a classic -4 -7 line and ignores [droop …] options', () => {
    const names = '"A"\n"B"\n"C"\n"D"\n"E"\n"F"\n"G"\n';
    expect(parseBlt(`7 2\n-4 -7\n1 1 0\n0\n${names}`).withdrawn).toEqual([3, 6]);
    expect(parseBlt(`7 2\n[withdrawn 4]\n[droop rule=meek]\n-7\n1 1 0\n0\n${names}`).withdrawn).toEqual([
      3, 6,
    ]);
  });

  it('treats everything after the title as comments (Wichmann source and notes, M135)', () => {
    const text = '2 1\n1 1 0\n0\n"A"\n"B"\n"T"\n"Brian Wichmann"\nFirst Prefs\n  0119 32 43\nQuota  84.88\n';
    const election = parseBlt(text);
    expect(election.title).toBe('T');
    expect(election.candidates).toEqual(['A', 'B']);
  });

  it('accepts tabs between fields', () => {
    expect(parseBlt('2\t1\n\t3\t1\t2\t0\n0\n"A"\t"B"\n').ballots).toEqual([{ weight: 3, ranks: [0, 1] }]);
  });

  it('says what it found instead', () => {
    expect(() => parseBlt('2 1\n1 1 9 0\n0\n"A"\n"B"\n')).toThrow(
      'BLT line 2: expected a candidate number from 1 to 2, found "9"',
    );
  });

  it('rejects two candidates with the same name', () => {
    expect(() => parseBlt('2 1\n1 1 0\n0\n"A"\n"A"\n')).toThrow(ElectionInputError);
  });
});
