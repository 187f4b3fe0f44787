// Quick fixes for pair diagnostics: make one side match the other, in either direction, as one
// workspace edit — applied here to the files, and the mismatch is gone.
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

describe('pair quick fixes', () => {
  for (const direction of ['take', 'write'] as const) {
    it(`${direction === 'take' ? "take the partner's value here" : 'write this value on the partner'}: the mismatch goes away`, async () => {
      const ws = copyDeployment();
      const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
      const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
      writeFileSync(serv2, readFileSync(serv2, 'utf8').replace(/^default-lease-time .*$/m, 'default-lease-time 900;'));
      client = new TestClient();
      await client.initialize(ws);
      client.open(serv1);
      const p = await client.waitDiagnostics(serv1, (x) => x.diagnostics.some((d) => d.code === 'pair-scope-settings'));
      const d = p.diagnostics.find((x) => x.code === 'pair-scope-settings')! as Diagnostic;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uriOf(serv1) },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const titles = actions.map((a) => a.title);
      expect(titles).toContain("Take serv2's value here: default-lease-time 900;");
      expect(titles).toContain('Write this value on serv2: default-lease-time 3600;');
      const action = actions.find((a) => a.title.startsWith(direction === 'take' ? 'Take' : 'Write'))!;
      const changes = Object.entries(action.edit!.changes!) as [string, TextEdit[]][];
      expect(changes).toHaveLength(1);
      const [uri, edits] = changes[0]!;
      const target = uri === uriOf(serv1) ? serv1 : serv2;
      expect(target).toBe(direction === 'take' ? serv1 : serv2);
      const next = applied(readFileSync(target, 'utf8'), edits);
      writeFileSync(target, next);
      if (target === serv1) client.change(serv1, next, 2);
      else
        client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(serv2), type: 2 }] });
      await client.waitDiagnostics(serv1, (x) => !x.diagnostics.some((dd) => dd.code === 'pair-scope-settings'));
    });
  }
});

describe('pair quick fixes for failover ranges', () => {
  it("offers the partner's range for a failover range edited on one side only, and names both values", async () => {
    const ws = copyDeployment();
    const serv1 = join(ws, 'serv1/etc/dhcp/dhcpd.conf');
    const serv2 = join(ws, 'serv2/etc/dhcp/dhcpd.conf');
    writeFileSync(
      serv2,
      readFileSync(serv2, 'utf8').replace('range 10.30.0.100 10.30.0.199;', 'range 10.30.0.100 10.30.0.198;'),
    );
    client = new TestClient();
    await client.initialize(ws);
    client.open(serv1);
    const p = await client.waitDiagnostics(serv1, (x) => x.diagnostics.some((d) => d.code === 'pair-failover-pools'));
    const d = p.diagnostics.find((x) => x.code === 'pair-failover-pools')! as Diagnostic;
    expect(d.message).toContain('10.30.0.100 10.30.0.199 here, 10.30.0.100 10.30.0.198 on serv2');
    expect(d.relatedInformation?.[0]?.location.uri).toBe(uriOf(serv2));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(serv1) },
      range: d.range,
      context: { diagnostics: [d] },
    });
    expect(actions.map((a) => a.title)).toContain("Take serv2's value here: range 10.30.0.100 10.30.0.198;");
  });
});
