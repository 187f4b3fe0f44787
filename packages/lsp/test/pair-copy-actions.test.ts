// Quick fixes for a statement on one side of a pair only (issue #15): "Copy this subnet to serv2"
// (an insertion in the partner's file) and "Remove this subnet here (serv2 has none)", each one
// workspace edit; applied here, and the pair diagnostic goes away.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { copyDeployment, TestClient, uriOf } from './client.js';

let client: TestClient | undefined;
let workspace: string | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = undefined;
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

describe('copy or remove what one side of a pair lacks', () => {
  for (const direction of ['copy', 'remove'] as const) {
    it(`${direction === 'copy' ? 'copies the subnet to the partner' : 'removes the subnet here'}: the pair-subnets warning goes away`, async () => {
      const ws = (workspace = copyDeployment());
      const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
      const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
      writeFileSync(
        serv1,
        readFileSync(serv1, 'utf8').replace(
          '# Lab network',
          'subnet 10.40.0.0 netmask 255.255.255.0 {\n  option routers 10.40.0.1;\n}\n\n# Lab network',
        ),
      );
      client = new TestClient();
      await client.initialize(ws);
      client.open(serv1);
      const p = await client.waitDiagnostics(serv1, (x) => x.diagnostics.some((d) => d.code === 'pair-subnets'));
      const d = p.diagnostics.find((x) => x.code === 'pair-subnets')! as Diagnostic;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uriOf(serv1) },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const title = direction === 'copy' ? 'Copy this subnet to serv2' : 'Remove this subnet here (serv2 has none)';
      expect(actions.map((a) => a.title)).toContain(title);
      const action = actions.find((a) => a.title === title)!;
      const changes = Object.entries(action.edit!.changes!) as [string, TextEdit[]][];
      expect(changes).toHaveLength(1);
      const [uri, edits] = changes[0]!;
      const target = direction === 'copy' ? serv2 : serv1;
      expect(uri).toBe(uriOf(target));
      const next = applied(readFileSync(target, 'utf8'), edits);
      if (direction === 'copy')
        expect(next).toContain('\n\nsubnet 10.40.0.0 netmask 255.255.255.0 {\n  option routers 10.40.0.1;\n}');
      else expect(next).not.toContain('10.40.0.0');
      writeFileSync(target, next);
      if (target === serv1) client.change(serv1, next, 2);
      else
        client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(serv2), type: 2 }] });
      await client.waitDiagnostics(serv1, (x) => !x.diagnostics.some((dd) => dd.code === 'pair-subnets'));
    });
  }
});
