import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError, emit, reportError } from './output';

function capture(stream: 'stdout' | 'stderr') {
  const chunks: string[] = [];
  const spy = vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join(''), spy };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('emit', () => {
  it('prints JSON with --json and text otherwise', () => {
    const out = capture('stdout');
    emit({ a: 1 }, { json: true }, () => 'text');
    emit({ a: 1 }, {}, (r) => `a is ${r.a}`);
    expect(out.text()).toBe('{\n  "a": 1\n}\na is 1\n');
  });
});

describe('reportError', () => {
  it('prints an explained error as one line without a stack, with its exit code', () => {
    const err = capture('stderr');
    expect(reportError(new CliError('Seat "Nowhere" not found. Did you mean Norwich North?', 2), {})).toBe(2);
    expect(err.text()).toBe('caucus: Seat "Nowhere" not found. Did you mean Norwich North?\n');
  });

  it('prints JSON errors with --json', () => {
    const err = capture('stderr');
    expect(reportError(new CliError('bad'), { json: true })).toBe(1);
    expect(JSON.parse(err.text())).toEqual({ error: { type: 'CliError', message: 'bad' } });
  });

  it('shows the stack of an unexpected error so it can be reported', () => {
    const err = capture('stderr');
    reportError(new TypeError('boom'), {});
    expect(err.text()).toContain('unexpected error');
    expect(err.text()).toContain('TypeError: boom');
  });
});
