// Virtual documents of one URI scheme of ours, served from memory: VS Code shows them read-only
// and never offers to save them. The peer-configuration and Kea previews both live in one.
import * as vscode from 'vscode';

export class ReadOnlyDocuments implements vscode.TextDocumentContentProvider {
  private readonly textByUri = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  private constructor(readonly scheme: string) {}

  static register(context: vscode.ExtensionContext, scheme: string): ReadOnlyDocuments {
    const docs = new ReadOnlyDocuments(scheme);
    context.subscriptions.push(docs.changed, vscode.workspace.registerTextDocumentContentProvider(scheme, docs));
    return docs;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.textByUri.get(uri.toString()) ?? '';
  }

  /** Sets a document's text (an open one is refreshed) and returns its URI. */
  set(path: string, text: string, query = ''): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: this.scheme, path, query });
    const known = this.textByUri.has(uri.toString());
    this.textByUri.set(uri.toString(), text);
    if (known) this.changed.fire(uri);
    return uri;
  }
}
