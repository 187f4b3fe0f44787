// Pair quick fixes as an editor applies them: a pair diagnostic's code actions, the one file an
// action changes, the edit written to disk and announced to the server (a didChange for the open
// file, a watched-file change for the partner's), and the diagnostic gone afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { expect } from 'vitest';
import { uriOf, type TestClient } from '../client.js';

/** Replaces `from` with `to` in the file at `path` (a test's deliberate mismatch). */
export function replaceIn(path: string, from: string | RegExp, to: string): void {
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
}

/** Opens `file`, waits for its first `rule` diagnostic and asks for that diagnostic's code actions. */
export async function actionsFor(
  client: TestClient,
  file: string,
  rule: string,
): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
  client.open(file);
  const p = await client.waitDiagnostics(file, (x) => x.diagnostics.some((d) => d.code === rule));
  const diagnostic = p.diagnostics.find((x) => x.code === rule) as Diagnostic;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: uriOf(file) },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  return { diagnostic, actions };
}

/** The action titled `title`; fails the test when there is none. */
export function actionTitled(actions: CodeAction[], title: string): CodeAction {
  const action = actions.find((a) => a.title === title);
  expect(action, `no action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`).toBeDefined();
  return action as CodeAction;
}

/** The action's one changed file and its edits; fails the test when it changes none or several. */
export function singleChange(action: CodeAction): { uri: string; edits: TextEdit[] } {
  const changes = Object.entries(action.edit?.changes ?? {});
  expect(changes).toHaveLength(1);
  const [uri, edits] = changes[0] as [string, TextEdit[]];
  return { uri, edits };
}

/** `text` with one file's (non-overlapping) edits applied. */
export const applied = (text: string, edits: TextEdit[]): string =>
  TextDocument.applyEdits(TextDocument.create('file:///t', 'dhcpd', 0, text), edits);

/**
 * Writes `next` to `target` as the editor would and waits until `open` has no `rule` diagnostic:
 * the open file changes through didChange, any other through a watched-file notification.
 */
export async function writeAndSettle(
  client: TestClient,
  open: string,
  target: string,
  next: string,
  rule: string,
): Promise<void> {
  writeFileSync(target, next);
  if (target === open) client.change(open, next, 2);
  else client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(target), type: 2 }] });
  await client.waitDiagnostics(open, (x) => !x.diagnostics.some((d) => d.code === rule));
}
