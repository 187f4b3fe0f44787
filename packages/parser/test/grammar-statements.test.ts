import { describe, expect, it } from 'vitest';
import { parse, type Statement } from '@dhcplint/parser';
import { statementGrammar } from '../src/grammar/statements.js';
import { grammarValidations } from '../src/grammar/validations.js';
import { GRAMMAR_WORDS } from '../src/grammar/statement-tokens.js';

const first = (text: string): Statement => {
  const r = parse(text);
  const s = r.ast.body[0];
  if (!s) throw new Error(`no statement in ${text}`);
  return s;
};

describe('the statement grammar (grammar/statements.ts)', () => {
  it("passes Chevrotain's grammar checks, which run in the tests", () => {
    expect(grammarValidations()).toBe(true);
    // Built with the checks on: an ambiguity or a reused occurrence index would throw here.
    const rules = Object.keys(statementGrammar().getGAstProductions());
    for (const family of ['subnet', 'namedDeclaration', 'failover', 'ifStatement', 'optionBody', 'range', 'parameter'])
      expect(rules).toContain(family);
  });

  it('reads every family keyword in any letter case, as dhcpd does', () => {
    expect(first('SUBNET 10.0.0.0 NETMASK 255.0.0.0 { }')).toMatchObject({
      type: 'Subnet',
      network: { text: '10.0.0.0' },
      netmask: { text: '255.0.0.0' },
    });
    expect(first('Host h1 { }')).toMatchObject({ type: 'Host', name: 'h1' });
    expect(first('OPTION SPACE vendor;')).toMatchObject({ type: 'OptionSpace', name: 'vendor' });
    expect(first('option vendor.x CODE 1 = text;')).toMatchObject({
      type: 'OptionDefinition',
      space: 'vendor',
      name: 'x',
      code: 1,
    });
    expect(first('Range Dynamic-BOOTP 10.0.0.1 10.0.0.2;')).toMatchObject({
      type: 'Range',
      dynamicBootp: true,
      low: { text: '10.0.0.1' },
      high: { text: '10.0.0.2' },
    });
    expect(first('range6 2001:db8::/64 TEMPORARY;')).toMatchObject({ type: 'Range', v6: true, temporary: true });
    expect(first('Failover Peer "fo" State { }')).toMatchObject({ type: 'Parameter', name: 'failover peer state' });
    expect(first('NO failover PEER')).toMatchObject({ type: 'NoFailoverPeer' });
    expect(first('Not Authoritative;')).toMatchObject({ type: 'Parameter', name: 'authoritative', negated: true });
  });

  it("keeps every word after the grammar's lookahead for the actions that read it", () => {
    const servers = Array.from({ length: 3 * GRAMMAR_WORDS }, (_, i) => `10.0.0.${i + 1}`);
    const option = first(`option domain-name-servers ${servers.join(', ')};`);
    expect(option).toMatchObject({ type: 'Option', name: 'domain-name-servers' });
    if (option.type !== 'Option') return;
    expect(option.values.filter((v) => v.type === 'Word').map((v) => v.text)).toEqual(servers);
    const args = Array.from({ length: 2 * GRAMMAR_WORDS }, (_, i) => `"a${i}"`);
    const log = first(`log(info, concat(${args.join(', ')}));`);
    expect(log).toMatchObject({ type: 'Exec', keyword: 'log' });
    if (log.type !== 'Exec' || log.expression?.type !== 'Call') throw new Error('log is not a call');
    const concat = log.expression.args[1];
    expect(concat?.type === 'Call' ? concat.args.length : 0).toBe(args.length);
  });

  it('reads a statement the same whatever was read before it (no grammar state carries over)', () => {
    const statements = [
      'subnet 10.0.0.0 netmask 255.0.0.0 { range 10.0.0.1 10.0.0.9; }',
      'option space v; option v.x code 1 = text;',
      'class "c" { match if option host-name = "a"; }',
      'if known { set x = 1; } elsif not known { unset x; } else { break; }',
      'switch (option host-name) { case "a": log(info, "a"); default: return 1; }',
      'failover peer "fo" { primary; } no failover peer',
      'host h { hardware ethernet 00:11:22:33:44:55; fixed-address 10.0.0.2; }',
    ];
    const tree = (text: string) => parse(text, { attachComments: false }).ast.body;
    const alone = statements.map((s) => JSON.stringify(tree(s)));
    const afterAll = statements.map((s) => JSON.stringify(tree(`${statements.join('\n')}\n${s}`).at(-1)));
    // The last statement of each file is the statement itself; its offsets moved, so compare shapes.
    statements.forEach((s, i) => {
      const shape = (json: string | undefined): string => (json ?? '').replace(/"(start|end)":\d+/g, '');
      const aloneLast = JSON.stringify(JSON.parse(alone[i] ?? '[]').at(-1));
      expect(shape(afterAll[i]), s).toBe(shape(aloneLast));
    });
  });
});
