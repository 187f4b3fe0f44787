import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { checkOptionValues, optionSpec, parse, type Value } from '@dhcplint/parser';

/**
 * Option types come from dhcpd's own tables (issue #17): the committed options-data.ts must be what
 * scripts/gen-options.mjs reads out of the installed dhcpd, and the shapes read from its format
 * strings must take the values dhcpd takes.
 */
const root = new URL('../../../', import.meta.url).pathname;
const dhcpd = ['/usr/sbin/dhcpd', '/usr/bin/dhcpd'].find((p) => existsSync(p));
if (!dhcpd)
  console.warn('fidelity-options: dhcpd is not installed; options-data.ts is NOT compared with its option tables.');

function valuesOf(text: string): Value[] {
  const s = parse(text).ast.body[0]!;
  if (s.type !== 'Option') throw new Error(`not an option: ${text}`);
  return s.values;
}
const problems = (name: string, values: string, space = 'dhcp'): string[] =>
  checkOptionValues(
    optionSpec(space, name)!,
    valuesOf(`option ${space === 'dhcp' ? '' : `${space}.`}${name} ${values};`),
    name,
  ).map((p) => p.message);

describe("option types from dhcpd's tables", () => {
  it.skipIf(!dhcpd)('options-data.ts is what gen-options.mjs reads from the installed dhcpd', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dhcplint-options-'));
    try {
      const out = join(tmp, 'options-data.ts');
      execFileSync('node', [join(root, 'scripts/gen-options.mjs'), '--out', out, dhcpd!], { stdio: 'pipe' });
      expect(readFileSync(out, 'utf8')).toBe(
        readFileSync(join(root, 'packages/parser/src/spec/options-data.ts'), 'utf8'),
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('types the options the man page got wrong as tables.c does', () => {
    expect(optionSpec('fqdn', 'rcode1')!.atoms).toEqual(['uint8']);
    expect(optionSpec('nwip', 'nwip-1-1')!.atoms).toEqual(['flag']);
    expect(optionSpec('dhcp6', 'nis-domain-name')).toMatchObject({ atoms: ['domain-list'], array: true });
    expect(problems('rcode2', '255', 'fqdn')).toEqual([]);
    expect(problems('nwip-1-1', 'true', 'nwip')).toEqual([]);
  });

  it('repeats only the last value where the format ends in a (fIa, BB6Ia), the whole tuple where it ends in A', () => {
    expect(problems('slp-directory-agent', 'true 10.0.0.1, 10.0.0.2')).toEqual([]);
    expect(problems('option-6rd', '16 8 2001:db8:: 10.0.0.1, 10.0.0.2')).toEqual([]);
    expect(problems('option-6rd', '16 8 2001:db8:: 10.0.0.1 10.0.0.2')).toHaveLength(1);
    expect(problems('static-routes', '10.0.0.1 10.0.0.2, 10.0.0.3 10.0.0.4')).toEqual([]);
    expect(problems('static-routes', '10.0.0.1 10.0.0.2, 10.0.0.3')).toHaveLength(1);
  });

  it('takes a single domain name bare and refuses it quoted; a domain list quoted', () => {
    expect(problems('v4-access-domain', 'example.org.')).toEqual([]);
    expect(problems('v4-access-domain', '"example.org"')).toHaveLength(1);
    expect(problems('domain-search', '"example.org", "b.example.org"')).toEqual([]);
    expect(problems('domain-search', 'example.org')).toHaveLength(1);
  });

  it('takes the integer range dhcpd takes: -2^(w-1) to 2^w-1 for every width', () => {
    expect(problems('default-ip-ttl', '-1')).toEqual([]);
    expect(problems('default-ip-ttl', '-129')).toHaveLength(1);
    expect(problems('default-ip-ttl', '256')).toHaveLength(1);
    expect(problems('time-offset', '4294967295')).toEqual([]);
    // convert_num accumulates in 32 bits: larger numbers wrap before the range check.
    expect(problems('dhcp-lease-time', '99999999999')).toEqual([]);
    expect(problems('default-ip-ttl', '4294967297')).toEqual([]);
    expect(problems('default-ip-ttl', '4294967552')).toHaveLength(1);
  });
});
