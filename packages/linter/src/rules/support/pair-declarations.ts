// Named declarations (classes, DNS zones and their keys) on one server of a pair only.
import { excerpt, type AnyStatement } from '@dhcplint/parser';
import type { ServerFacts } from '../../model/facts.js';
import type { SourceFile } from '../../types.js';
import type { PairContext } from '../rule.js';
import { isSetting, lastTopLevel, serverSides, type Anchor } from './pair.js';
import { spanOfWords } from './spans.js';

type Kind = 'Class' | 'Zone' | 'Key';

/** The message both rules report with (their `meta.messages.oneSide`). */
export const ONE_SIDE_MESSAGE = '{{kind}} "{{name}}" is declared here but not on {{partner}}.';

/** Named declarations of one kind across a server's files, first one wins. */
function declarations(
  f: ServerFacts,
  type: Kind,
): Map<string, { file: SourceFile; decl: AnyStatement & { name: string } }> {
  const out = new Map<string, { file: SourceFile; decl: AnyStatement & { name: string } }>();
  // File by file (main file first, then includes), each in source order, as the facts met them.
  const mine = f.declarations.filter((d) => d.type === type);
  for (const file of f.config.files)
    for (const d of mine) if (d.file === file && !out.has(d.name)) out.set(d.name, { file, decl: d.decl });
  return out;
}

/** The key a zone names (`key ddns;`), if any. */
function zoneKey(zone: AnyStatement): string | undefined {
  const body = zone.type === 'Zone' ? zone.body.body : [];
  const key = body.find((c) => c.type === 'Parameter' && c.name === 'key');
  const arg = key?.type === 'Parameter' ? key.args[0] : undefined;
  return arg?.type === 'String' ? arg.value : arg?.type === 'Word' ? arg.text : undefined;
}

/**
 * Reports declarations of `type` on one server only, from both sides. For zones, keys are checked
 * too: a key the partner lacks is reported on its own unless a zone reported missing names it
 * (copying that zone brings its key along).
 */
export function reportDeclaredOnOneSide(context: PairContext, type: 'Class' | 'Zone', noun: string): void {
  const kinds: [Kind, string][] =
    type === 'Zone'
      ? [
          [type, noun],
          ['Key', 'Key'],
        ]
      : [[type, noun]];
  for (const [server, partnerServer, partner] of serverSides(context)) {
    const keysOfMissingZones = new Set<string>();
    for (const [kind, kindNoun] of kinds) {
      const theirs = declarations(partnerServer, kind);
      // Where it would go on the partner: after its last top-level declaration of the kind, else after its global
      // settings.
      let anchor: Anchor | undefined;
      for (const [name, { file, decl }] of declarations(server, kind)) {
        if (theirs.has(name) || (kind === 'Key' && keysOfMissingZones.has(name))) continue;
        if (kind === 'Zone') keysOfMissingZones.add(zoneKey(decl) ?? '');
        anchor ??= lastTopLevel(partnerServer, (st) => st.type === kind, isSetting);
        context.report({
          file,
          span: spanOfWords(decl),
          messageId: 'oneSide',
          data: { kind: excerpt(kindNoun), name: excerpt(name), partner },
          related: [{ ...anchor, message: `"${excerpt(name)}" is not declared on ${partner}` }],
        });
      }
    }
  }
}
