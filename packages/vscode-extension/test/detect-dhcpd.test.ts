import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DETECTION_WINDOW,
  DHCPD_FIRST_LINE_COMMENT,
  detectDhcpd,
  isConfPath,
  looksLikeDhcpd,
  shouldSwitchToDhcpd,
} from '../src/detect-dhcpd.js';

const extDir = new URL('..', import.meta.url).pathname;
const repoRoot = join(extDir, '../..');
const corpusDir = join(repoRoot, '../shared/corpus');

const confFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.conf'))
    .map((f) => join(dir, f))
    .sort();

// Whole configs; test-fixtures/fidelity/ holds one-statement files made to trigger one dhcpd message each.
const dhcpdFixtures = confFilesUnder(join(repoRoot, 'test-fixtures')).filter(
  (f) => !f.includes('/test-fixtures/fidelity/'),
);
const foreignSamples = confFilesUnder(join(extDir, 'test/not-dhcpd'));
const firstLine = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/, 1)[0] ?? '';
const manifest = JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8'));
const dhcpdLanguage = manifest.contributes.languages.find((l: { id: string }) => l.id === 'dhcpd');
const firstLinePattern = new RegExp(dhcpdLanguage.firstLine);

describe('content detection of dhcpd configs', () => {
  it('recognises every .conf fixture of the repository', () => {
    expect(dhcpdFixtures.length).toBeGreaterThanOrEqual(12);
    const missed = dhcpdFixtures
      .filter((f) => !looksLikeDhcpd(readFileSync(f, 'utf8')))
      .map((f) => relative(repoRoot, f));
    expect(missed).toEqual([]);
  });

  it('leaves nginx, systemd, sysctl, INI, BIND, dnsmasq, dhclient, Kea, resolv.conf and Apache files alone', () => {
    expect(foreignSamples.map((f) => relative(extDir, f).replace('test/not-dhcpd/', ''))).toEqual(
      expect.arrayContaining([
        'nginx.conf',
        'systemd-override.conf',
        'sysctl.conf',
        'supervisord.conf',
        'ini-settings.conf',
        'named.conf',
        'dnsmasq.conf',
        'dhclient.conf',
        'kea-dhcp4.conf',
        'resolv.conf',
        'apache-site.conf',
      ]),
    );
    const wronglyDetected = foreignSamples
      .filter((f) => looksLikeDhcpd(readFileSync(f, 'utf8')))
      .map((f) => `${relative(extDir, f)}: ${JSON.stringify(detectDhcpd(readFileSync(f, 'utf8')).strong)}`);
    expect(wronglyDetected).toEqual([]);
  });

  it('does not take a dhcpd lease file for a config, though it has hardware ethernet and failover peer', () => {
    const leases = readFileSync(join(extDir, 'test/grammar/leases.dhcpd-leases'), 'utf8').replace(
      /^# SYNTAX TEST.*\n/,
      '# The format of this file is documented in the dhcpd.leases(5) manual page.\n',
    );
    expect(detectDhcpd(leases).strong.length).toBeGreaterThan(0);
    expect(looksLikeDhcpd(leases)).toBe(false);
    expect(firstLinePattern.test(firstLine(join(extDir, 'test/grammar/leases.dhcpd-leases')))).toBe(false);
    expect(firstLinePattern.test('# The format of this file is documented in the dhcpd.leases(5) manual page.')).toBe(
      false,
    );
    expect(firstLinePattern.test('failover peer "campus-fo" state {')).toBe(false);
    if (existsSync(join(corpusDir, 'files'))) {
      const corpusLeases = readdirSync(join(corpusDir, 'files'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.leases'),
      );
      expect(corpusLeases.length).toBeGreaterThan(10);
      expect(corpusLeases.filter((f) => looksLikeDhcpd(readFileSync(join(corpusDir, 'files', f), 'utf8')))).toEqual([]);
    } else console.warn(`\n*** SKIPPING corpus lease files: ${corpusDir} is absent ***\n`);
  });

  it('recognises the configs of the shared real-world corpus (other people wrote them)', () => {
    if (!existsSync(join(corpusDir, 'INDEX.tsv'))) {
      console.warn(`\n*** SKIPPING corpus detection: ${corpusDir} is absent ***\n`);
      return;
    }
    // Whole configs only: templates are not dhcpd syntax, and lease or defaults files are not configs.
    const rows = readFileSync(join(corpusDir, 'INDEX.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    const configs = rows
      .flatMap(([file, , , , kind]) =>
        file && (kind === 'plain' || kind?.startsWith('failover-')) && !file.startsWith('templated/')
          ? [join(corpusDir, 'files', file)]
          : [],
      )
      .filter(existsSync);
    expect(configs.length).toBeGreaterThan(50);
    const missed = configs.filter((f) => !looksLikeDhcpd(readFileSync(f, 'utf8'))).map((f) => relative(corpusDir, f));
    expect(missed).toEqual([]);
  });

  it('names the markers it found, one strong statement being enough', () => {
    const d = detectDhcpd(
      '# site settings\n\nsubnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n}\n',
    );
    expect(d.isDhcpd).toBe(true);
    expect(d.strong).toEqual([
      { marker: 'subnet … netmask', line: 2 },
      { marker: 'range', line: 3 },
    ]);
    expect(looksLikeDhcpd('failover peer "fo" {\n  secondary;\n}\n')).toBe(true);
    expect(looksLikeDhcpd('host printer { hardware ethernet 00:1b:a9:4c:22:10; fixed-address 10.0.0.5; }\n')).toBe(
      true,
    );
    expect(looksLikeDhcpd('option domain-name-servers ns1.example.net, 10.0.0.53;\n')).toBe(true);
    expect(looksLikeDhcpd('ddns-update-style none;\n')).toBe(true);
  });

  it('needs two different weaker statements, since other formats share each one', () => {
    expect(looksLikeDhcpd('filename "pxelinux.0";\n')).toBe(false);
    expect(looksLikeDhcpd('filename "pxelinux.0";\nfilename "grub.efi";\n')).toBe(false);
    expect(looksLikeDhcpd('filename "pxelinux.0";\nnext-server 10.0.0.5;\n')).toBe(true);
  });

  it('ignores statements in comments and after the detection window', () => {
    expect(looksLikeDhcpd('# subnet 10.0.0.0 netmask 255.255.255.0 {\n# ddns-update-style none;\nfoo bar;\n')).toBe(
      false,
    );
    const late = `${'# padding\n'.repeat(DETECTION_WINDOW / 10 + 1)}ddns-update-style none;\n`;
    expect(looksLikeDhcpd(late)).toBe(false);
    expect(looksLikeDhcpd(late.slice(-(DETECTION_WINDOW - 100)))).toBe(true);
    // A `#` inside a quoted string is not a comment.
    expect(detectDhcpd('server-name "a#b"; authoritative;\n').strong.map((e) => e.marker)).toEqual(['authoritative']);
  });

  it('lets INI sections and key = value lines outweigh a stray marker', () => {
    expect(looksLikeDhcpd('[main]\nnote = x\nauthoritative;\n')).toBe(false);
    expect(looksLikeDhcpd('[main]\nauthoritative;\nddns-update-style none;\ndefault-lease-time 600;\n')).toBe(true);
  });

  it('switches only .conf files that VS Code gave a generic language', () => {
    const text = 'authoritative;\nsubnet 10.0.0.0 netmask 255.255.255.0 { }\n';
    expect(shouldSwitchToDhcpd({ path: '/srv/serv1.conf', languageId: 'properties', text })).toBe(true);
    expect(shouldSwitchToDhcpd({ path: '/srv/serv1.conf', languageId: 'plaintext', text })).toBe(true);
    expect(shouldSwitchToDhcpd({ path: '/srv/serv1.conf.orig', languageId: 'plaintext', text })).toBe(true);
    expect(shouldSwitchToDhcpd({ path: '/srv/serv1.conf', languageId: 'dhcpd', text })).toBe(false);
    expect(shouldSwitchToDhcpd({ path: '/srv/serv1.conf', languageId: 'nginx', text })).toBe(false);
    expect(shouldSwitchToDhcpd({ path: '/srv/serv1.txt', languageId: 'plaintext', text })).toBe(false);
    expect(
      shouldSwitchToDhcpd({
        path: '/srv/site.conf',
        languageId: 'properties',
        text: readFileSync(join(extDir, 'test/not-dhcpd/nginx.conf'), 'utf8'),
      }),
    ).toBe(false);
    expect(isConfPath('/etc/dhcp/dhcpd.conf~')).toBe(true);
    expect(isConfPath('/etc/dhcp/dhcpd.confx')).toBe(false);
  });
});

describe("package.json's firstLine pattern", () => {
  it('starts with the comment pattern the content check uses', () => {
    expect(dhcpdLanguage.firstLine.startsWith(`^(${DHCPD_FIRST_LINE_COMMENT.source.slice(1)}|`)).toBe(true);
  });

  // First lines VS Code should recognise when no file extension decides the language.
  const statementFirstLines = [
    'subclass "voip" 1:0:4:f2:aa:bb:cc;',
    'subnet 10.0.0.0 netmask 255.255.255.0 {',
    'failover peer "campus-fo" {',
    'ddns-update-style none;',
    'authoritative;',
    'default-lease-time 600;',
    'option domain-name-servers 10.0.0.53;',
    'shared-network campus {',
    'log-facility local7;',
  ];
  const commentFirstLines = ['# dhcpd.conf for the lab', '# Sample configuration file for ISC DHCP'];

  it('matches a first line that is a dhcpd statement or a comment naming dhcpd, and no foreign first line', () => {
    for (const line of [...statementFirstLines, ...commentFirstLines]) expect(line).toMatch(firstLinePattern);
    expect(foreignSamples.filter((f) => firstLinePattern.test(firstLine(f))).map((f) => relative(extDir, f))).toEqual(
      [],
    );
  });

  it('agrees with the content check: whatever first line it matches is judged dhcpd on its own', () => {
    const corpus = existsSync(join(corpusDir, 'files'))
      ? confFilesUnder(join(corpusDir, 'files')).filter((f) => !f.includes('/templated/'))
      : [];
    const matched = [...dhcpdFixtures, ...corpus].map(firstLine).filter((l) => firstLinePattern.test(l));
    const lines = [...statementFirstLines, ...commentFirstLines, ...matched];
    expect(lines.filter((l) => !looksLikeDhcpd(l))).toEqual([]);
  });
});
