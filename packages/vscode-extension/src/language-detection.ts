// Gives the dhcpd language to `.conf` files whose content is a dhcpd config. VS Code assigns
// `*.conf` to "Properties" by extension, and an extension match beats the `firstLine` pattern of
// package.json, so the content is checked when a document opens (and when an empty one is saved).
import * as vscode from 'vscode';
import { DETECTION_WINDOW, GENERIC_CONF_LANGUAGES, isConfPath, shouldSwitchToDhcpd } from './detect-dhcpd.js';

export const DHCPD_LANGUAGE = 'dhcpd';

function enabledFor(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('dhcplint', doc.uri).get<boolean>('detectLanguage', true);
}

/** A `files.associations` entry for this file is the user's explicit choice, which content never overrides. */
function userAssociated(doc: vscode.TextDocument): boolean {
  const associations =
    vscode.workspace.getConfiguration('files', doc.uri).get<Record<string, string>>('associations') ?? {};
  // As in VS Code, a pattern without a slash is matched against the file name only.
  return Object.keys(associations).some(
    (glob) => vscode.languages.match({ pattern: glob.includes('/') ? glob : `**/${glob}` }, doc) > 0,
  );
}

export function registerLanguageDetection(context: vscode.ExtensionContext): void {
  // Documents the user moved away from dhcpd by hand: never switched back in this session.
  const userChoseOther = new Set<string>();
  // VS Code reports a language change as a close immediately followed by an open of the same
  // document, in one synchronous burst; the microtask forgets the close once the burst is over.
  let justLeftDhcpd: string | undefined;

  const consider = async (doc: vscode.TextDocument): Promise<void> => {
    const key = doc.uri.toString();
    if (key === justLeftDhcpd) userChoseOther.add(key);
    // Cheap tests first: this runs for every document that opens.
    if (!isConfPath(doc.uri.path) || !GENERIC_CONF_LANGUAGES.has(doc.languageId)) return;
    if (userChoseOther.has(key) || !enabledFor(doc) || userAssociated(doc)) return;
    const head = doc.getText(new vscode.Range(new vscode.Position(0, 0), doc.positionAt(DETECTION_WINDOW)));
    if (!shouldSwitchToDhcpd({ path: doc.uri.path, languageId: doc.languageId, text: head })) return;
    try {
      await vscode.languages.setTextDocumentLanguage(doc, DHCPD_LANGUAGE);
    } catch {
      // The document was closed in the meantime: nothing to switch.
    }
  };

  context.subscriptions.push(
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (doc.languageId !== DHCPD_LANGUAGE) return;
      justLeftDhcpd = doc.uri.toString();
      queueMicrotask(() => (justLeftDhcpd = undefined));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void consider(doc)),
    vscode.workspace.onDidSaveTextDocument((doc) => void consider(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dhcplint.detectLanguage'))
        for (const doc of vscode.workspace.textDocuments) void consider(doc);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) void consider(doc);
}
