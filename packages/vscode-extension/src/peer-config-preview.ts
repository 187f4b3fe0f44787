// "Show effective configuration of this peer" as a read-only rendered Markdown preview. The
// Markdown lives in a virtual document of our own scheme: VS Code never offers to save it, and the
// built-in Markdown preview renders it (falling back to the read-only source if that is disabled).
import * as vscode from 'vscode';
import { ReadOnlyDocuments } from './read-only-documents.js';

export const PEER_CONFIG_SCHEME = 'dhcplint-peer-config';

export class PeerConfigPreview {
  private constructor(private readonly docs: ReadOnlyDocuments) {}

  static register(context: vscode.ExtensionContext): PeerConfigPreview {
    return new PeerConfigPreview(ReadOnlyDocuments.register(context, PEER_CONFIG_SCHEME));
  }

  /** One virtual document per peer and source file, so showing it again refreshes the same preview. */
  async show(peerName: string, source: vscode.Uri, markdown: string): Promise<void> {
    const uri = this.docs.set(`/failover peer ${peerName}.md`, markdown, source.toString());
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
  }
}
