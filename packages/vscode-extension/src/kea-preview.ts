// "Preview Kea migration": the kea-dhcp4 config `dhcplint migrate --to kea` would write for the
// server of the active file, opened beside it as a read-only JSON document of our own scheme
// (never offered for saving), computed by the language server from the analysis it already has.
import * as vscode from 'vscode';

export const KEA_PREVIEW_SCHEME = 'dhcplint-kea';

export interface KeaPreviewResult {
  server: string;
  dhcp4: string;
  ctrlAgent?: string;
  report: string;
}

export class KeaPreview implements vscode.TextDocumentContentProvider {
  private readonly textByUri = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  static register(context: vscode.ExtensionContext): KeaPreview {
    const preview = new KeaPreview();
    context.subscriptions.push(preview.changed, vscode.workspace.registerTextDocumentContentProvider(KEA_PREVIEW_SCHEME, preview));
    return preview;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.textByUri.get(uri.toString()) ?? '';
  }

  /** The server's kea-dhcp4.conf beside the editor; showing it again refreshes the same document. */
  async show(result: KeaPreviewResult): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: KEA_PREVIEW_SCHEME, path: `/${result.server}/kea-dhcp4.conf` });
    const known = this.textByUri.has(uri.toString());
    this.textByUri.set(uri.toString(), result.dhcp4);
    if (known) this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'jsonc');
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  }
}
