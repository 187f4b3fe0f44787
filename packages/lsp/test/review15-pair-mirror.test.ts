// Review of #15, finding 4, in the editor: a pair-ports diagnostic offers, besides "Disable …",
// quick fixes that take the partner's `port` as this `peer port` or write this `peer port` as the
// partner's `port`; applied, the mismatch goes away. pair-addresses likewise.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { copyDeployment, TestClient, uriOf } from './client.js';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

/** Applies one file's text edits (non-overlapping) to its text. */
function applied(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (l: number, c: number) => lines.slice(0, l).reduce((n, x) => n + x.length + 1, 0) + c;
  let out = text;
  for (const e of [...edits].sort(
    (a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character),
  )) {
    out =
      out.slice(0, offset(e.range.start.line, e.range.start.character)) +
      e.newText +
      out.slice(offset(e.range.end.line, e.range.end.character));
  }
  return out;
}

const cases = [
  {
    rule: 'pair-ports',
    edit: ['serv1', 'peer port 647;', 'peer port 847;'],
    take: "Set peer port 647 here (serv2's port)",
    write: 'Set port 847 on serv2 (this peer port)',
  },
  {
    rule: 'pair-addresses',
    edit: ['serv2', 'address 10.10.0.12;', 'address 10.10.0.13;'],
    take: "Set peer address 10.10.0.13 here (serv2's address)",
    write: 'Set address 10.10.0.12 on serv2 (this peer address)',
  },
] as const;

describe('pair-ports and pair-addresses quick fixes', () => {
  for (const c of cases) {
    for (const direction of ['take', 'write'] as const) {
      it(`${c.rule}: ${direction}`, async () => {
        const ws = copyDeployment();
        const fo1 = join(ws, 'serv1/etc/dhcp/failover.conf');
        const fo2 = join(ws, 'serv2/etc/dhcp/failover.conf');
        const changed = join(ws, c.edit[0], 'etc/dhcp/failover.conf');
        writeFileSync(changed, readFileSync(changed, 'utf8').replace(c.edit[1], c.edit[2]));
        client = new TestClient();
        await client.initialize(ws);
        client.open(fo1);
        const p = await client.waitDiagnostics(fo1, (x) => x.diagnostics.some((d) => d.code === c.rule));
        const d = p.diagnostics.find((x) => x.code === c.rule)! as Diagnostic;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: uriOf(fo1) },
          range: d.range,
          context: { diagnostics: [d] },
        });
        const titles = actions.map((a) => a.title);
        expect(titles).toContain(c.take);
        expect(titles).toContain(c.write);
        const action = actions.find((a) => a.title === (direction === 'take' ? c.take : c.write))!;
        const changes = Object.entries(action.edit!.changes!) as [string, TextEdit[]][];
        expect(changes).toHaveLength(1);
        const [uri, edits] = changes[0]!;
        const target = direction === 'take' ? fo1 : fo2;
        expect(uri).toBe(uriOf(target));
        const next = applied(readFileSync(target, 'utf8'), edits);
        writeFileSync(target, next);
        if (target === fo1) client.change(fo1, next, 2);
        else
          client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(fo2), type: 2 }] });
        await client.waitDiagnostics(fo1, (x) => !x.diagnostics.some((dd) => dd.code === c.rule));
      });
    }
  }
});
