import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from '@dhcplint/parser';
import { DHCPD_KEYWORDS } from '../src/spec/dhcpd-keywords.js';

/**
 * dhcpd refuses its keywords as variable names (issue #17). The keyword list is checked against the
 * installed dhcpd: every listed word is refused, and words next to them (plurals, prefixes) are not.
 */
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd) console.warn('fidelity-keywords: dhcpd is not installed; the keyword list is NOT checked against it.');

/** The words of `names` dhcpd refuses in `set WORD = "x";`, in a few runs (one per refused word). */
function refusedByDhcpd(names: readonly string[]): string[] {
  const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-keywords-'));
  try {
    const conf = join(tmp, 'dhcpd.conf');
    const leases = join(tmp, 'dhcpd.leases');
    writeFileSync(leases, '');
    const refused: string[] = [];
    let rest = [...names];
    while (rest.length) {
      writeFileSync(conf, rest.map((w) => `set ${w} = "x";\n`).join(''));
      const r = spawnSync(dhcpd!, ['-t', '-4', '-cf', conf, '-lf', leases, '-pf', join(tmp, 'dhcpd.pid')], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      if (r.status === 0) break;
      const m = /dhcpd\.conf line (\d+): (.*)/.exec(r.stdout + r.stderr);
      if (!m) throw new Error(`dhcpd failed without a line: ${r.stdout}${r.stderr}`);
      const line = Number(m[1]) - 1;
      refused.push(rest[line]!);
      rest = rest.slice(line + 1);
    }
    return refused;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const errorsOf = (text: string): string[] => parse(text).errors.map((e) => e.code);

describe('dhcpd keywords as variable names', () => {
  it('refuses a keyword in set, unset, define and defined(), in any case, and takes a near name', () => {
    expect(errorsOf('set text = "x";\n')).toEqual(['bad-statement-form']);
    expect(errorsOf('unset Address;\n')).toEqual(['bad-statement-form']);
    expect(errorsOf('define known = "x";\n')).toEqual(['bad-statement-form']);
    expect(errorsOf('if defined (text) { log (info, "a"); }\n')).toEqual(['bad-expression']);
    expect(errorsOf('define greet (text) { return "a"; }\n')).toEqual(['bad-statement-form']);
    expect(errorsOf('set texts = "x";\nset my-address = "x";\n')).toEqual([]);
  });

  it.skipIf(!dhcpd)('every listed keyword is refused by dhcpd, and no near name is', () => {
    const listed = [...DHCPD_KEYWORDS];
    expect(refusedByDhcpd(listed).sort()).toEqual(listed.sort());
    const near = listed.flatMap((w) => [`${w}s`, `my-${w}`]).filter((w) => !DHCPD_KEYWORDS.has(w));
    expect(refusedByDhcpd(near)).toEqual([]);
  });
});
