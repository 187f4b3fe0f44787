import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findAll, parse, type FailoverPeerDecl, type Parameter } from '@dhcplint/parser';
import { errorsOf, parseOk } from './helpers.js';

describe('declarations', () => {
  it('parses a subnet with its netmask, range and options', () => {
    const { ast } = parseOk(
      'subnet 10.0.0.0 netmask 255.255.255.0 {\n  range 10.0.0.10 10.0.0.20;\n  option routers 10.0.0.1;\n}\n',
    );
    const subnet = ast.body[0]!;
    expect(subnet.type).toBe('Subnet');
    if (subnet.type !== 'Subnet') return;
    expect(subnet.network?.literal).toEqual({ kind: 'ipv4', value: 0x0a000000 });
    expect(subnet.netmask?.text).toBe('255.255.255.0');
    const [range, option] = subnet.body.body;
    expect(range).toMatchObject({
      type: 'Range',
      dynamicBootp: false,
      low: { text: '10.0.0.10' },
      high: { text: '10.0.0.20' },
    });
    expect(option).toMatchObject({ type: 'Option', space: 'dhcp', name: 'routers' });
    expect(subnet.span).toEqual({ start: 0, end: 97 });
  });

  it('parses a failover peer with every statement, multi-word keywords included', () => {
    const text = `failover peer "fo" {
  primary; address 10.0.0.1; port 647; peer address 10.0.0.2; peer port 847;
  max-response-delay 30; max-unacked-updates 10; mclt 1800; split 128;
  hba ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:ff:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00;
  load balance max seconds 3; auto-partner-down 0; max-lease-misbalance 15;
  max-lease-ownership 10; min-balance 60; max-balance 3600;
}`;
    const { ast } = parseOk(text);
    const peer = ast.body[0] as FailoverPeerDecl;
    expect(peer.type).toBe('FailoverPeer');
    expect(peer.name).toBe('fo');
    const names = peer.body.body.map((s) => (s as Parameter).name);
    expect(names).toEqual([
      'primary',
      'address',
      'port',
      'peer address',
      'peer port',
      'max-response-delay',
      'max-unacked-updates',
      'mclt',
      'split',
      'hba',
      'load balance max seconds',
      'auto-partner-down',
      'max-lease-misbalance',
      'max-lease-ownership',
      'min-balance',
      'max-balance',
    ]);
    expect(peer.body.body.every((s) => s.type === 'Parameter' && s.known)).toBe(true);
  });

  it('tells a failover reference in a pool from a declaration', () => {
    const { ast } = parseOk(
      'shared-network n { subnet 10.0.0.0 netmask 255.0.0.0 { pool { failover peer "fo"; range 10.0.0.1 10.0.0.9; } } }',
    );
    expect(findAll(ast, 'FailoverRef').map((r) => r.name)).toEqual(['fo']);
    expect(findAll(ast, 'FailoverPeer')).toHaveLength(0);
  });

  it('parses hosts, groups, classes, subclasses, keys and zones', () => {
    const { ast } =
      parseOk(`group { host pc1 { hardware ethernet 0:1:2:3:4:5; fixed-address 10.0.0.5, pc1.example.com; } }
class "voip" { match if substring(option vendor-class-identifier, 0, 4) = "Cisco"; lease limit 10; }
class "bymac" { match hardware; spawn with option dhcp-client-identifier; }
subclass "bymac" 1:0:11:22:33:44:55;
subclass "bymac" 1:0:11:22:33:44:56 { option host-name "x"; }
key "upd" { algorithm hmac-sha256; secret "abc="; };
zone example.com. { primary 127.0.0.1; key "upd"; }
`);
    expect(findAll(ast, 'Host')[0]!.name).toBe('pc1');
    expect(findAll(ast, 'Class').map((c) => c.name)).toEqual(['voip', 'bymac']);
    expect(findAll(ast, 'Subclass').map((c) => c.key?.type)).toEqual(['Literal', 'Literal']);
    const match = findAll(ast, 'Match')[0]!;
    expect(match.form).toBe('match if');
    expect(match.expression).toMatchObject({
      type: 'Binary',
      operator: '=',
      left: { type: 'Call', callee: 'substring' },
    });
    expect(findAll(ast, 'Key')[0]!.name).toBe('upd');
    expect(findAll(ast, 'Zone')[0]!.name).toBe('example.com.');
  });

  it('parses subnet6, range6, prefix6, pool6 and fixed-address6', () => {
    const { ast } = parseOk(`subnet6 2001:db8:0:1::/64 {
  range6 2001:db8:0:1::100 2001:db8:0:1::1ff;
  prefix6 2001:db8:100:: 2001:db8:1ff:: /56;
  pool6 { range6 2001:db8:0:1::/80 temporary; }
}
host h6 { host-identifier option dhcp6.client-id 00:01:00:01:11:22:33:44:55:66:77:88; fixed-address6 2001:db8:0:1::5; }`);
    const s6 = findAll(ast, 'Subnet6')[0]!;
    expect(s6.prefix?.literal.kind).toBe('ipv6');
    expect(findAll(ast, 'Prefix6')[0]!.length).toBe(56);
    expect(findAll(ast, 'Range').map((r) => [r.v6, r.temporary ?? false])).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it('folds if / elsif / else into one node and parses dhcp-eval expressions', () => {
    const { ast } = parseOk(`if exists agent.circuit-id and not (option host-name ~= "^ap-") {
  set x = concat("a", binary-to-ascii(16, 8, ":", hardware));
} elsif known or static {
  log(info, "known");
} else if option dhcp-client-identifier = 1:2:3 {
  execute("/bin/true");
} else {
  ignore booting;
}`);
    expect(ast.body).toHaveLength(1);
    const s = ast.body[0]!;
    if (s.type !== 'If') throw new Error('not an if');
    expect(s.condition).toMatchObject({
      type: 'Binary',
      operator: 'and',
      left: { type: 'Keyword', keyword: 'exists', name: 'agent.circuit-id' },
      right: { type: 'Unary' },
    });
    expect(s.elsif.map((e) => e.keyword)).toEqual(['elsif', 'else if']);
    expect(s.else?.body.body[0]).toMatchObject({ type: 'AllowDeny', verb: 'ignore', what: 'booting' });
  });

  it('parses option definitions, spaces and expression-valued options', () => {
    const { ast } = parseOk(`option space pxe code width 1 length width 1 hash size 3;
option pxe.mtftp-ip code 1 = ip-address;
option voip-tftp code 150 = array of ip-address;
option contrived code 201 = { boolean, integer 32, text };
option host-name = concat("h-", binary-to-ascii(16, 8, "-", substring(hardware, 1, 6)));
supersede domain-name "x.example";`);
    expect(findAll(ast, 'OptionSpace')[0]!.name).toBe('pxe');
    expect(findAll(ast, 'OptionDefinition').map((d) => [d.space, d.name, d.code])).toEqual([
      ['pxe', 'mtftp-ip', 1],
      ['dhcp', 'voip-tftp', 150],
      ['dhcp', 'contrived', 201],
    ]);
    const opts = findAll(ast, 'Option');
    expect(opts[0]!.expression?.type).toBe('Call');
    expect(opts[1]!.keyword).toBe('supersede');
  });

  it('parses allow/deny lists, on-blocks, includes and not authoritative', () => {
    const { ast } =
      parseOk(`pool { allow members of "voip"; deny dynamic bootp clients; allow after 4 2030/01/01 00:00:00; range 10.0.0.1 10.0.0.5; }
on commit or expiry { set a = "b"; }
include "/etc/dhcp/hosts.conf";
not authoritative;`);
    expect(findAll(ast, 'AllowDeny').map((a) => a.what)).toEqual(['members of', 'dynamic bootp clients', 'after']);
    expect(findAll(ast, 'On')[0]!.events).toEqual(['commit', 'expiry']);
    expect(findAll(ast, 'Include')[0]!.path?.value).toBe('/etc/dhcp/hosts.conf');
    expect(findAll(ast, 'Parameter').find((p) => p.name === 'authoritative')?.negated).toBe(true);
  });

  it('keeps unknown statements as nodes with their range', () => {
    const r = parse('max-reponse-delay 30;\nfrobnicate { x; }\n');
    expect(r.errors).toEqual([]);
    expect(r.ast.body.map((s) => (s.type === 'Parameter' ? [s.name, s.known] : s.type))).toEqual([
      ['max-reponse-delay', false],
      ['frobnicate', false],
    ]);
    expect(r.ast.body[0]!.span).toEqual({ start: 0, end: 21 });
  });

  it('decodes literals: strings with escapes, MACs, IPv4 and numbers', () => {
    const { ast } = parseOk(
      'option domain-name "a\\"b\\x41\\101"; hardware ethernet 0:a:B:c:d:e; default-lease-time 600;',
    );
    const opt = ast.body[0]!;
    if (opt.type !== 'Option') throw new Error();
    expect(opt.values[0]).toMatchObject({ type: 'String', raw: '"a\\"b\\x41\\101"', value: 'a"bAA' });
    expect((ast.body[1] as Parameter).args[1]).toMatchObject({
      literal: { kind: 'hex', bytes: [0, 10, 11, 12, 13, 14] },
    });
    expect((ast.body[2] as Parameter).args[0]).toMatchObject({ literal: { kind: 'number', value: 600 } });
  });

  it('attaches comments: leading, trailing and dangling', () => {
    const { ast } = parseOk('# header\n\n# about a\na 1; # after a\nhost h {\n  b 2;\n  # at the end\n}\n# eof\n');
    expect(ast.body[0]!.leadingComments?.map((c) => c.text)).toEqual(['# header', '# about a']);
    expect(ast.body[0]!.trailingComment?.text).toBe('# after a');
    const host = ast.body[1]!;
    if (host.type !== 'Host') throw new Error();
    expect(host.body.danglingComments?.map((c) => c.text)).toEqual(['# at the end']);
    expect(ast.danglingComments?.map((c) => c.text)).toEqual(['# eof']);
  });

  it('parses the bundled failover deployment without errors', () => {
    for (const s of ['serv1', 'serv2']) {
      for (const f of ['dhcpd.conf', 'failover.conf']) {
        const text = readFileSync(
          new URL(`../../../test-fixtures/deployment/${s}/etc/dhcp/${f}`, import.meta.url),
          'utf8',
        );
        expect(parse(text).errors).toEqual([]);
      }
    }
  });
});

describe('error recovery', () => {
  it('reports a missing semicolon where it belongs and keeps both statements', () => {
    const r = parse('default-lease-time 600\nmax-lease-time 7200;\n');
    expect(errorsOf('default-lease-time 600\nmax-lease-time 7200;\n')).toEqual(['1:23 missing-semicolon']);
    expect(r.ast.body.map((s) => s.type === 'Parameter' && s.name)).toEqual(['default-lease-time', 'max-lease-time']);
  });

  it('reports many errors in one file and loses no later statement', () => {
    const text =
      'subnet 10.0.0.0 netmask 255.0.0.0 {\n  range 10.0.0.1 10.0.0.9\n}\n}\nhost a { hardware ethernet 1:2:3:4:5:6; };\nsubnet 10.1.0.0/16 { }\noption routers 10.0.0.1;\n';
    expect(errorsOf(text)).toEqual([
      '2:26 missing-semicolon',
      '4:1 stray-close-brace',
      '5:42 semicolon-after-block',
      '6:8 cidr-subnet',
    ]);
    expect(parse(text).ast.body.at(-1)).toMatchObject({ type: 'Option', name: 'routers' });
  });

  it('locates an unclosed block at its opening brace', () => {
    expect(errorsOf('host a {\n  fixed-address 10.0.0.1;\n')).toEqual(['1:8 unclosed-block']);
  });

  it('reports unterminated strings and control characters without losing the next line', () => {
    // dhcpd strings may span lines, so a quote left open runs to the next quote, or to the end of its line at EOF.
    const r = parse('option routers 10.0.0.1;\nserver-name "a\u0001";\nfilename "pxe.0;\n');
    expect(r.errors.map((e) => e.code)).toEqual(['unterminated-string', 'missing-semicolon']);
    expect(findAll(r.ast, 'Option')[0]?.name).toBe('routers');
    expect(parse('server-name "a\u0001b";').errors).toEqual([]);
    expect(errorsOf('option routers 10.0.0.1\u0001;')).toEqual(['1:24 invalid-character']);
  });

  it('flags `no failover peer;`, which dhcpd 4.4.3 cannot parse', () => {
    expect(errorsOf('pool { no failover peer; range 10.0.0.1 10.0.0.2; }')).toEqual([
      '1:24 no-failover-peer-semicolon',
    ]);
  });

  it('accepts `key { … };` like dhcpd does, but not `};` after other blocks', () => {
    expect(errorsOf('key k { algorithm hmac-md5; secret "x"; };')).toEqual([]);
    expect(errorsOf('group { };')).toEqual(['1:10 semicolon-after-block']);
  });

  it('reports bad expressions with their position', () => {
    expect(errorsOf('if option host-name = { }')).toEqual(['1:22 bad-expression']);
    expect(errorsOf('class "c" { match if substring(option host-name, 0) = "x"; }')).toEqual(['1:22 bad-expression']);
  });

  it('recovers in a large file: one broken statement does not hide the rest', () => {
    const hosts = Array.from(
      { length: 2000 },
      (_, i) => `host h${i} { hardware ethernet 0:0:0:0:${(i >> 8) & 255}:${i & 255}; }`,
    );
    hosts[1000] = 'host broken { hardware ethernet 0:0:0:0:0:1 }';
    const r = parse(hosts.join('\n'));
    expect(r.errors.map((e) => e.code)).toEqual(['missing-semicolon']);
    expect(findAll(r.ast, 'Host')).toHaveLength(2000);
  });
});

describe('tooling guarantees', () => {
  it('uses chevrotain 11 (12+ needs Node 22)', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../../node_modules/chevrotain/package.json', import.meta.url), 'utf8'),
    );
    expect(pkg.version.split('.')[0]).toBe('11');
  });
});
