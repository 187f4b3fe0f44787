// "Preview Kea migration": the kea-dhcp4 config `dhcplint migrate --to kea` would write for the
// server of the active file, opened beside it as a read-only JSON document of our own scheme
// (never offered for saving), computed by the language server from the analysis it already has.
import * as vscode from 'vscode';
import type { KeaPreviewResult } from '@dhcplint/lsp/protocol';
import { ReadOnlyDocuments } from './read-only-documents.js';

export const KEA_PREVIEW_SCHEME = 'dhcplint-kea';

export class KeaPreview {
  private constructor(private readonly docs: ReadOnlyDocuments) {}

  static register(context: vscode.ExtensionContext): KeaPreview {
    return new KeaPreview(ReadOnlyDocuments.register(context, KEA_PREVIEW_SCHEME));
  }

  /** The server's kea-dhcp4.conf beside the editor; showing it again refreshes the same document. */
  async show(result: KeaPreviewResult): Promise<vscode.TextEditor> {
    const uri = this.docs.set(`/${result.server}/kea-dhcp4.conf`, result.dhcp4);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'jsonc');
    return vscode.window.showTextDocument(doc, {
      viewColumn: vscode.ViewColumn.Beside,
      preview: true,
      preserveFocus: true,
    });
  }
}
