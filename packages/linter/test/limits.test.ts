import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@dhcplint/linter';
import { capDiagnosticsPerFile, TOO_MANY_PROBLEMS } from '../src/limits.js';

function diag(uri: string, line: number, ruleId = 'some-rule'): Diagnostic {
  return {
    ruleId,
    severity: 'warning',
    message: `problem on line ${line}`,
    uri,
    span: { start: line * 10, end: line * 10 + 3 },
    range: { start: { line, character: 0 }, end: { line, character: 3 } },
  };
}

describe('capDiagnosticsPerFile', () => {
  it('keeps everything when no file has more than the cap', () => {
    const input = [diag('/a', 1), diag('/b', 1), diag('/a', 2)];
    expect(capDiagnosticsPerFile(input, 2)).toEqual(input);
  });

  it('keeps the first N of each file in order and appends one summary per capped file', () => {
    const input = [
      diag('/a', 1),
      diag('/b', 1),
      diag('/a', 2),
      diag('/a', 3),
      diag('/b', 2),
      diag('/a', 4),
      diag('/c', 1),
    ];
    const out = capDiagnosticsPerFile(input, 2);
    expect(out.slice(0, 5)).toEqual([input[0], input[1], input[2], input[4], input[6]]);
    expect(out).toHaveLength(6);
    const summary = out[5]!;
    expect(summary).toMatchObject({ ruleId: TOO_MANY_PROBLEMS, severity: 'info', uri: '/a' });
    expect(summary.message).toMatch(/^2 more problems \(\d+ errors?\) in this file not shown/);
    // At the last kept diagnostic of that file.
    expect(summary.span).toEqual(input[2]!.span);
    expect(summary.range).toEqual(input[2]!.range);
  });

  it('says "problem" for one and leaves its input unchanged', () => {
    const input = [diag('/a', 1), diag('/a', 2)];
    const copy = structuredClone(input);
    const out = capDiagnosticsPerFile(input, 1);
    expect(out.map((d) => d.message)).toEqual([
      'problem on line 1',
      expect.stringMatching(
        /^1 more problem \(\d+ errors?\) in this file not shown \(at most 1 are listed per file\)\.$/,
      ),
    ]);
    expect(input).toEqual(copy);
  });

  it('with a cap of 0 reports only the summaries, at the first problem of each file', () => {
    const out = capDiagnosticsPerFile([diag('/a', 7), diag('/b', 3), diag('/a', 9)], 0);
    expect(out.map((d) => [d.uri, d.ruleId, d.range.start.line, d.message.split(' ')[0]])).toEqual([
      ['/a', TOO_MANY_PROBLEMS, 7, '2'],
      ['/b', TOO_MANY_PROBLEMS, 3, '1'],
    ]);
  });

  it('handles 300,000 diagnostics (no spread of a large array anywhere)', () => {
    const input = Array.from({ length: 300_000 }, (_, i) => diag(i % 3 === 0 ? '/a' : '/b', i));
    const out = capDiagnosticsPerFile(input, 1000);
    expect(out).toHaveLength(2002);
    expect(out.filter((d) => d.ruleId === TOO_MANY_PROBLEMS).map((d) => [d.uri, d.message.split(' ')[0]])).toEqual([
      ['/b', '199000'],
      ['/a', '99000'],
    ]);
  });
});
