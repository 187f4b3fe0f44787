// Fixes dhcpd accepts (issue #17), for U+00A0 (a non-breaking space pasted from a web page or a word
// processor): `--fix` (fixFiles, the CLI's procedure) runs on a real file, and the real dhcpd -t
// judges input and output. A fix must leave a file dhcpd accepts whenever the input was accepted, and
// must not write a line dhcpd rejects: `host nbsp\u00a0x` once became `host nbsp x`, refused too.
// scripts/compat.mjs runs the same inputs as generated variants of every fixture and corpus file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixFiles, lintedTexts, lintServers, loadServers } from '@dhcplint/linter';

const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd)
  console.warn('\n*** SKIPPING compat-nbsp-fixes: dhcpd not installed (apt-get install isc-dhcp-server) ***\n');

const NBSP = '\u00a0';
const HOST_BODY = '{\n  hardware ethernet 00:11:22:33:44:55;\n  fixed-address 10.0.0.5;\n}\n';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'dhcplint-compat-nbsp-'));
  writeFileSync(join(scratch, 'x.leases'), '');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** dhcpd's verdict, and the first line it names. */
function runDhcpd(file: string): { ok: boolean; line: number | null } {
  const r = spawnSync(
    dhcpd!,
    ['-t', '-4', '-cf', file, '-lf', join(scratch, 'x.leases'), '-pf', join(scratch, 'x.pid')],
    { encoding: 'utf8', cwd: scratch },
  );
  const m = / line (\d+):/.exec(`${r.stdout}${r.stderr}`);
  return { ok: r.status === 0, line: m ? Number(m[1]) : null };
}

/** Writes `text`, lints it, applies --fix; the input's dhcplint errors and the text left on disk. */
function lintAndFix(name: string, text: string): { errors: number; fixed: string } {
  const file = join(scratch, name);
  writeFileSync(file, text);
  const { servers } = loadServers([file]);
  const diagnostics = lintServers(servers).diagnostics;
  fixFiles(diagnostics, lintedTexts(servers));
  return {
    errors: diagnostics.filter((d) => d.uri === file && d.severity === 'error').length,
    fixed: readFileSync(file, 'utf8'),
  };
}

const cases: { name: string; text: string; dhcpdAccepts: boolean }[] = [
  { name: 'host-name-inner.conf', text: `host nbsp${NBSP}x ${HOST_BODY}`, dhcpdAccepts: false },
  { name: 'host-name-all-blanks.conf', text: `host${NBSP}nbsp${NBSP}x ${HOST_BODY}`, dhcpdAccepts: false },
  { name: 'host-keyword.conf', text: `host${NBSP}printer ${HOST_BODY}`, dhcpdAccepts: false },
  {
    name: 'lease-time-after-keyword.conf',
    text: `default-lease-time${NBSP}600;\nmax-lease-time 7200;\n`,
    dhcpdAccepts: false,
  },
  { name: 'lease-time-before-semicolon.conf', text: `default-lease-time 600${NBSP};\n`, dhcpdAccepts: false },
  { name: 'quoted-string.conf', text: `option domain-name "lab${NBSP}net";\n`, dhcpdAccepts: true },
  { name: 'comment.conf', text: `# pasted${NBSP}comment\ndefault-lease-time 600;\n`, dhcpdAccepts: true },
];

describe.skipIf(!dhcpd)('--fix on U+00A0, judged by dhcpd -t', () => {
  it.each(cases)('$name', ({ name, text, dhcpdAccepts }) => {
    const input = join(scratch, `input-${name}`);
    writeFileSync(input, text);
    expect(runDhcpd(input).ok, "dhcpd's verdict on the input").toBe(dhcpdAccepts);
    const { errors, fixed } = lintAndFix(name, text);
    if (!dhcpdAccepts) expect(errors, 'dhcplint flags what dhcpd rejects').toBeGreaterThan(0);
    if (fixed === text) return; // no fix offered: nothing for dhcpd to refuse
    const output = runDhcpd(join(scratch, name));
    // Every fix here only replaces U+00A0 on its own line: whatever it writes must be accepted.
    expect(output, `dhcpd on the fixed text:\n${fixed}`).toEqual({ ok: true, line: null });
  });

  it('fixes the blank between a lease time and its number, and the keyword of a host', () => {
    expect(lintAndFix('after-keyword-again.conf', `default-lease-time${NBSP}600;\n`).fixed).toBe(
      'default-lease-time 600;\n',
    );
    expect(lintAndFix('host-keyword-again.conf', `host${NBSP}printer ${HOST_BODY}`).fixed).toBe(
      `host printer ${HOST_BODY}`,
    );
  });

  it('a U+00A0 thousands separator after the keyword is flagged and left for a person to fix', () => {
    // Two U+00A0 in the word: writing blanks for both ('default-lease-time 86 400') is refused by
    // dhcpd too, and which one is the thousands separator is a guess; so no fix is offered.
    const text = `default-lease-time${NBSP}86${NBSP}400;\n`;
    const input = join(scratch, 'input-thousands.conf');
    writeFileSync(input, text);
    expect(runDhcpd(input).ok).toBe(false);
    const { errors, fixed } = lintAndFix('thousands.conf', text);
    expect(errors).toBeGreaterThan(0);
    expect(fixed).toBe(text);
    expect(runDhcpd(join(scratch, 'thousands.conf')).ok).toBe(false);
  });

  it('never splits a host name in two', () => {
    for (const text of [`host nbsp${NBSP}x ${HOST_BODY}`, `host${NBSP}nbsp${NBSP}x ${HOST_BODY}`]) {
      expect(lintAndFix('split.conf', text).fixed).not.toMatch(/^host[ \t]+nbsp[ \t]+x[ \t]*\{/m);
    }
  });
});
