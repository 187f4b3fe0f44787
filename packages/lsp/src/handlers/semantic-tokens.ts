// Semantic tokens: the feature's token spans, encoded as LSP's relative five-number groups.
import { SEMANTIC_TOKEN_TYPES, semanticTokens } from '../features/structure.js';
import { rangeOf, type ServerContext } from './context.js';

/** The legend announced in the server's capabilities. */
export const SEMANTIC_TOKENS_LEGEND = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] };

export function registerSemanticTokens(ctx: ServerContext): void {
  ctx.connection.languages.semanticTokens.on(
    ctx.guard('semanticTokens', (p) => {
      const file = ctx.fileFor(p.textDocument.uri);
      if (!file) return { data: [] };
      const data: number[] = [];
      let prevLine = 0;
      let prevChar = 0;
      for (const t of semanticTokens(file)) {
        const r = rangeOf(file, t.span);
        if (r.start.line !== r.end.line) continue; // multi-line tokens are not encodable
        data.push(
          r.start.line - prevLine,
          r.start.line === prevLine ? r.start.character - prevChar : r.start.character,
          r.end.character - r.start.character,
          SEMANTIC_TOKEN_TYPES.indexOf(t.type),
          0,
        );
        prevLine = r.start.line;
        prevChar = r.start.character;
      }
      return { data };
    }),
  );
}
