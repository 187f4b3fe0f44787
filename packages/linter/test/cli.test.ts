import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import Ajv from 'ajv';
import { repoRoot } from '../../../scripts/test/corpus.js';

const require = createRequire(import.meta.url);
// The OASIS SARIF 2.1.0 schema, as shipped by Microsoft's own SARIF test matcher package.
const sarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);

const bin = join(repoRoot, 'packages/linter/bin/dhcplint.js');
const run = (args: string[], cwd = repoRoot) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' } });
const deployment = join(repoRoot, 'test-fixtures/deployment');

function mutated(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'dhcplint-'));
  cpSync(deployment, dir, { recursive: true });
  edit(dir);
  return dir;
}
const sed = (file: string, from: string | RegExp, to: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

interface JsonFile {
  filePath: string;
  messages: {
    ruleId: string;
    line: number;
    column: number;
    severity: number;
    message: string;
    relatedLocations?: { filePath: string; line: number }[];
  }[];
}

describe('dhcplint CLI', () => {
  it('passes the bundled failover pair clean (exit 0)', () => {
    const r = run(['test-fixtures/deployment/serv1', 'test-fixtures/deployment/serv2']);
    // Nothing to report, but a line on stderr says what was checked.
    expect(r.stderr).toMatch(
      /^dhcplint: checked \d+ files: 2 servers, 1 failover pair \(serv1 ↔ serv2\); 0 errors, 0 warnings\n$/,
    );
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  const cases: [string, (d: string) => void, string, string, number][] = [
    [
      'mirrored ports',
      (d) => sed(join(d, 'serv2/etc/dhcp/failover.conf'), 'peer port 647;', 'peer port 847;'),
      'pair-ports',
      'serv2/etc/dhcp/failover.conf',
      7,
    ],
    [
      'two primaries',
      (d) => sed(join(d, 'serv2/etc/dhcp/failover.conf'), 'secondary;', 'primary;'),
      'pair-roles',
      'serv1/etc/dhcp/failover.conf',
      3,
    ],
    [
      'peer name',
      (d) => sed(join(d, 'serv2/etc/dhcp/failover.conf'), '"campus-fo"', '"campus"'),
      'pair-peer-name',
      'serv1/etc/dhcp/failover.conf',
      2,
    ],
    [
      'addresses',
      (d) => sed(join(d, 'serv2/etc/dhcp/failover.conf'), 'peer address 10.10.0.11;', 'peer address 10.10.0.13;'),
      'pair-addresses',
      'serv2/etc/dhcp/failover.conf',
      6,
    ],
    [
      'pool ranges',
      (d) =>
        sed(join(d, 'serv2/etc/dhcp/dhcpd.conf'), 'range 10.30.0.100 10.30.0.199;', 'range 10.30.0.100 10.30.0.150;'),
      'pair-failover-pools',
      'serv1/etc/dhcp/dhcpd.conf',
      38,
    ],
    [
      'lease time',
      (d) => sed(join(d, 'serv2/etc/dhcp/dhcpd.conf'), 'default-lease-time 3600;', 'default-lease-time 600;'),
      'pair-scope-settings',
      'serv1/etc/dhcp/dhcpd.conf',
      8,
    ],
    [
      'timers',
      (d) => sed(join(d, 'serv2/etc/dhcp/failover.conf'), 'load balance max seconds 3;', 'load balance max seconds 5;'),
      'pair-timers',
      'serv1/etc/dhcp/failover.conf',
      10,
    ],
    [
      'mclt on secondary',
      (d) => sed(join(d, 'serv2/etc/dhcp/failover.conf'), 'secondary;', 'secondary;\n  mclt 1800;'),
      'failover-role',
      'serv2/etc/dhcp/failover.conf',
      4,
    ],
    [
      'netplan address',
      (d) => sed(join(d, 'serv1/etc/netplan/01-netcfg.yaml'), '10.10.0.11/24', '10.10.0.21/24'),
      'host-failover-address',
      'serv1/etc/dhcp/failover.conf',
      4,
    ],
    [
      'interfaces',
      (d) =>
        sed(join(d, 'serv2/etc/default/isc-dhcp-server'), 'INTERFACESv4="ens18 ens19"', 'INTERFACESv4="ens18 eth1"'),
      'host-interfaces',
      'serv2/etc/default/isc-dhcp-server',
      3,
    ],
  ];
  for (const [name, edit, rule, file, line] of cases) {
    it(`flags a mismatched ${name} at the right line (${rule})`, () => {
      const dir = mutated(edit);
      const r = run(['-f', 'json', '--max-warnings', '0', join(dir, 'serv1'), join(dir, 'serv2')]);
      expect(r.status).toBe(1);
      const files = JSON.parse(r.stdout) as JsonFile[];
      const hit = files.find((f) => f.filePath.endsWith(file))?.messages.find((m) => m.ruleId === rule);
      expect(hit, `${rule} in ${file}: ${r.stdout.slice(0, 2000)}`).toBeDefined();
      expect(hit!.line).toBe(line);
    });
  }

  it('writes valid SARIF 2.1.0 with rule metadata and related locations', () => {
    const dir = mutated((d) => sed(join(d, 'serv2/etc/dhcp/failover.conf'), 'peer port 647;', 'peer port 847;'));
    const r = run(['-f', 'sarif', join(dir, 'serv1'), join(dir, 'serv2')]);
    const log = JSON.parse(r.stdout);
    const validate = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false }).compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules.find((x: { id: string }) => x.id === 'pair-ports').helpUri).toMatch(
      /packages\/linter\/src\/rules\/pair-ports\.md$/,
    );
    const res = run0.results.find((x: { ruleId: string }) => x.ruleId === 'pair-ports');
    expect(res.locations[0].physicalLocation.region.startLine).toBe(7);
    expect(res.relatedLocations[0].physicalLocation.artifactLocation.uri).toMatch(/serv1\/etc\/dhcp\/failover.conf$/);
    expect(run0.tool.driver.rules[res.ruleIndex].id).toBe('pair-ports');
  });

  it('lints a flat folder of named files through the manifest in .dhcplintrc.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-flat-'));
    cpSync(join(repoRoot, 'test-fixtures/flat'), dir, { recursive: true });
    expect(run([], dir).status).toBe(2); // no PATH given
    const clean = run(['.'], dir);
    expect(clean.stdout).toBe('');
    expect(clean.stderr).toMatch(/checked 5 files: 2 servers, 1 failover pair \(serv1 ↔ serv2\); 0 errors/);
    expect(clean.status).toBe(0);
    sed(join(dir, 'serv2_dhcpd.conf'), /^  port 647;$/m, '  port 847;');
    sed(join(dir, 'serv2_01-network-manager-all.yaml'), '10.10.0.12/24', '10.10.0.99/24');
    const r = run(['-f', 'json', '.'], dir);
    expect(r.status).toBe(1);
    const files = JSON.parse(r.stdout) as JsonFile[];
    const msgs = files.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.filePath.split('/').pop() })));
    expect(msgs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'serv1_dhcpd.conf', ruleId: 'pair-ports', line: 21 }),
        expect.objectContaining({ file: 'serv2_dhcpd.conf', ruleId: 'host-failover-address', line: 18 }),
      ]),
    );
    const ports = msgs.find((m) => m.ruleId === 'pair-ports')!;
    expect(ports.relatedLocations?.[0]).toMatchObject({ line: 19 });
    expect(ports.relatedLocations?.[0]?.filePath).toMatch(/serv2_dhcpd\.conf$/);
  });

  it('pairs configs explicitly from .dhcplintrc.json when names cannot decide', () => {
    // Three configs declare the same peer (a spare copy), so automatic pairing cannot choose.
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-pairs-'));
    for (const n of ['1', '2', '3'])
      cpSync(join(repoRoot, `test-fixtures/flat/serv${n === '3' ? '2' : n}_dhcpd.conf`), join(dir, `dhcp${n}.conf`));
    sed(join(dir, 'dhcp2.conf'), /^  port 647;$/m, '  port 847;');
    const auto = run(['-f', 'json', '.'], dir);
    expect(
      (JSON.parse(auto.stdout) as JsonFile[]).flatMap((f) => f.messages).some((m) => m.ruleId === 'pair-ports'),
    ).toBe(false);
    writeFileSync(join(dir, '.dhcplintrc.json'), JSON.stringify({ pairs: [['dhcp1.conf', 'dhcp2.conf']] }));
    const explicit = run(['-f', 'json', '.'], dir);
    const hits = (JSON.parse(explicit.stdout) as JsonFile[]).flatMap((f) =>
      f.messages.filter((m) => m.ruleId === 'pair-ports').map(() => f.filePath.split('/').pop()),
    );
    expect(hits).toEqual(['dhcp1.conf']);
  });

  it('validates .dhcplintrc.json files against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'packages/linter/schema/dhcplintrc.schema.json'), 'utf8'));
    const validate = new Ajv.default({ allErrors: true }).compile(schema);
    expect(validate(JSON.parse(readFileSync(join(repoRoot, 'test-fixtures/flat/.dhcplintrc.json'), 'utf8')))).toBe(
      true,
    );
    expect(
      validate({
        extends: 'strict',
        rules: { 'pair-ports': 'warn' },
        includeMap: { '/etc/dhcp': './etc/dhcp' },
        pairs: [['a.conf', 'b.conf']],
      }),
    ).toBe(true);
    expect(validate({ rules: { 'no-such-rule': 'warn' } })).toBe(false);
    expect(validate({ rules: { 'pair-ports': 'loud' } })).toBe(false);
    expect(validate({ servers: { s1: {} } })).toBe(false);
  });

  it('prints GitHub annotations and gcc lines', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'dhcplint-')), 'a.conf');
    writeFileSync(f, 'default-lease-tme 600;\n');
    expect(run(['-f', 'github', f]).stdout).toMatch(
      /^::error file=.*a\.conf,line=1,col=1,endLine=1,endColumn=18,title=unknown-statement::Unknown statement 'default-lease-tme'; did you mean 'default-lease-time'\?/,
    );
    expect(run(['-f', 'gcc', f]).stdout).toMatch(/a\.conf:1:1: error: Unknown statement/);
  });

  it('exits 2 with a one-line message on bad usage and unreadable paths', () => {
    const a = run(['--format', 'xml', 'x.conf']);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/^dhcplint: unknown format 'xml'/);
    const b = run(['/nonexistent/dhcpd.conf']);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/no such file or directory/);
    expect(b.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('honours --max-warnings, rule severities from .dhcplintrc.json and inline directives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dhcplint-'));
    const f = join(dir, 'a.conf');
    writeFileSync(f, 'default-lease-time 86400;\nmax-lease-time 3600;\n');
    expect(run([f]).status).toBe(0);
    expect(run(['--max-warnings', '0', f]).status).toBe(1);
    writeFileSync(join(dir, '.dhcplintrc.json'), JSON.stringify({ rules: { 'lease-times': 'error' } }));
    expect(run([f], dir).status).toBe(1);
    writeFileSync(
      f,
      '# dhcplint-disable-next-line lease-times\ndefault-lease-time 86400;\nmax-lease-time 3600;\n# dhcplint-disable-next-line range-overlap\nauthoritative;\n',
    );
    const out = JSON.parse(run(['-f', 'json', f], dir).stdout) as JsonFile[];
    expect(out[0]!.messages.map((m) => `${m.ruleId}@${m.line}`)).toEqual(['unused-disable-directive@4']);
  });

  it('--fix applies safe fixes in place', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'dhcplint-')), 'a.conf');
    writeFileSync(f, 'filename pxelinux.0;\nsubnet 10.0.0.5 netmask 255.255.255.0 { }\n');
    run(['--fix', f]);
    expect(readFileSync(f, 'utf8')).toBe('filename "pxelinux.0";\nsubnet 10.0.0.0 netmask 255.255.255.0 { }\n');
  });

  it('fmt --check / --write', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'dhcplint-')), 'a.conf');
    writeFileSync(f, 'host a{fixed-address 10.0.0.1;}\n');
    expect(run(['fmt', '--check', f]).status).toBe(1);
    expect(run(['fmt', f]).stdout).toBe('host a {\n  fixed-address 10.0.0.1;\n}\n');
    expect(run(['fmt', '--write', f]).status).toBe(0);
    expect(run(['fmt', '--check', f]).status).toBe(0);
  });
});
