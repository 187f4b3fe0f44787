import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { lintPaths } from '@dhcplint/linter';

/**
 * Fidelity to dhcpd, parser side (issue #17): every fixture in test-fixtures/fidelity/parser says
 * on its first line what dhcpd 4.4.3 does with it (`# dhcpd 4.4.3: rejects, line N: …`, `rejects: …`
 * when dhcpd names no line, or `accepts …`). dhcplint must agree: its first error on line N (or
 * on the better place the header names as `dhcplint line M`, with the reason), or no error at all.
 * Where dhcpd is installed, the claim itself is checked against the real dhcpd -t.
 */
const dir = new URL('../../../test-fixtures/fidelity/parser/', import.meta.url).pathname;
const fixtures = readdirSync(dir)
  .filter((n) => n.endsWith('.conf'))
  .sort();
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd)
  console.warn(
    "fidelity-parser: dhcpd is not installed; the fixtures' claims about dhcpd are NOT checked (only dhcplint's agreement with them).",
  );

interface Claim {
  accepts: boolean;
  /** The line dhcpd names. */
  line?: number;
  /** Where dhcplint's first error is, when that is a documented better place than dhcpd's line. */
  lintLine?: number;
}

function claimOf(text: string): Claim {
  const first = text.replace(/^\uFEFF/, '').split('\n', 1)[0]!;
  const m = /^# dhcpd 4\.4\.3: (accepts|rejects)(?:, line (\d+))?/.exec(first);
  if (!m) throw new Error(`first line must say what dhcpd does: ${first}`);
  const better = /dhcplint line (\d+)/.exec(first);
  return {
    accepts: m[1] === 'accepts',
    line: m[2] ? Number(m[2]) : undefined,
    lintLine: better ? Number(better[1]) : undefined,
  };
}

/** dhcpd's verdict on a file and the line it names (its own count is 0 for a BOM at the very start). */
function runDhcpd(file: string): Claim {
  const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-fidelity-'));
  try {
    const leases = join(tmp, 'dhcpd.leases');
    writeFileSync(leases, '');
    const r = spawnSync(dhcpd!, ['-t', '-4', '-cf', file, '-lf', leases, '-pf', join(tmp, 'dhcpd.pid')], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    const m = / line (\d+): /.exec(r.stdout + r.stderr);
    return { accepts: r.status === 0, line: m ? Math.max(1, Number(m[1])) : undefined };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe('parser fidelity fixtures agree with dhcpd', () => {
  for (const name of fixtures) {
    const file = join(dir, name);
    const claim = claimOf(readFileSync(file, 'utf8'));
    const lintLine = claim.lintLine ?? claim.line;
    it(`${name}: dhcplint ${claim.accepts ? 'reports no error' : `reports its first error on line ${lintLine ?? '(any)'}`}`, () => {
      const result = lintPaths([file]);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (claim.accepts) expect(errors.map((d) => `${d.range.start.line + 1}: ${d.ruleId}: ${d.message}`)).toEqual([]);
      else {
        expect(errors.length).toBeGreaterThan(0);
        const first = errors.sort((a, b) => a.span.start - b.span.start)[0]!;
        if (lintLine !== undefined) expect(first.range.start.line + 1).toBe(lintLine);
      }
    });
    it.skipIf(!dhcpd)(
      `${name}: dhcpd ${claim.accepts ? 'accepts it' : `rejects it${claim.line ? ` on line ${claim.line}` : ''}`}`,
      () => {
        const verdict = runDhcpd(file);
        expect(verdict.accepts).toBe(claim.accepts);
        if (!claim.accepts) expect(verdict.line).toBe(claim.line);
      },
    );
  }
});
