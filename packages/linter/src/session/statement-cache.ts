// The language server's shortcut: per-statement rule results kept by top-level statement object,
// moved to where the statement now is, while an edit leaves that statement alone.
import { childStatements, type AnyStatement } from '@dhcplint/parser';
import { walkConfigSteps, type ServerConfig } from '../model/config.js';
import { allConfigRules } from '../rules/index.js';
import type { Diagnostic, SourceFile } from '../types.js';
import type { SessionCaches, StatementResults } from './caches.js';
import { dispatch, handlerTable, type StatementHandler } from './dispatch.js';
import { pushAll } from './results.js';
import type { LintSettings } from './settings.js';
import { getOrAdd } from '../model/maps.js';

/** A cached statement's diagnostics moved to where the statement is now. */
function moveResults(entry: StatementResults, start: number, file: SourceFile): Diagnostic[] {
  const delta = start - entry.start;
  const shift = (span: { start: number; end: number }) => ({ start: span.start + delta, end: span.end + delta });
  return entry.diagnostics.map((d) => {
    const span = shift(d.span);
    return {
      ...d,
      span,
      range: file.lines.rangeOf(span),
      fix: d.fix && { span: shift(d.fix.span), text: d.fix.text },
      related: d.related?.map((r) => {
        const rs = shift(r.span);
        return { ...r, span: rs, range: file.lines.rangeOf(rs) };
      }),
    };
  });
}

/** Where per-statement rules report during a cached walk: the frame of the current top-level statement. */
export interface Frame {
  start: number;
  file: SourceFile;
  cached: boolean;
  cacheable: boolean;
  diagnostics: Diagnostic[];
  /** Whether a rule that sees every statement wanted a statement inside (see mustEnter). */
  holdsWanted?: boolean;
}

/** The frame of every kept statement: nothing reports into it (its rules are not run). */
export const KEPT_FRAME: Frame = {
  start: 0,
  file: { uri: '', lines: undefined as never },
  cached: true,
  cacheable: false,
  diagnostics: [],
};

export function reportToFrame(
  frames: Frame[],
  out: Diagnostic[],
  r: { file: SourceFile; related?: { file: SourceFile }[] },
  d: Diagnostic,
): void {
  const frame = frames[frames.length - 1];
  if (!frame) {
    out.push(d);
    return;
  }
  // Results that point into another file cannot be moved with this statement.
  if (r.file !== frame.file || r.related?.some((x) => x.file !== frame.file)) frame.cacheable = false;
  frame.diagnostics.push(d);
}

/**
 * The shared walk, reusing per-statement rule results for top-level statements seen before
 * ("kept"). For a kept statement the per-statement rules do not run ('nested' ones still see the
 * statement itself), the rules that see every statement do, and the walk does not go inside it
 * when none of those wants anything there. A top-level statement holding an include is never
 * kept: the included file can change on its own.
 */
export function* walkWithStatementCache(
  config: ServerConfig,
  settings: LintSettings,
  caches: Pick<SessionCaches, 'statements' | 'holdsWanted'>,
  statementsPerPause: number | undefined,
  statementHandlers: StatementHandler[],
  frames: Frame[],
  out: Diagnostic[],
  recordFailure: (id: string, e: unknown) => void,
  position: { topLevel: boolean },
): Generator<void, void, void> {
  const rulesKey = JSON.stringify(settings.rules ?? {});
  const perServer = getOrAdd(caches.statements, config.main.uri, () => new WeakMap());
  const modeOf = new Map(allConfigRules.map((r) => [r.meta.id, r.meta.perStatement]));
  const localList = statementHandlers.filter((h) => modeOf.get(h.id) === true);
  const nestedList = statementHandlers.filter((h) => modeOf.get(h.id) === 'nested');
  const globalList = statementHandlers.filter((h) => !modeOf.get(h.id));
  const local = handlerTable(localList);
  const nested = handlerTable(nestedList);
  const others = handlerTable(globalList);
  // A kept top-level statement is not entered when no rule that sees every statement wants any
  // statement inside it (a host's hardware and fixed-address lines, typically).
  const rulesSeeingAll = globalList.map((h) => h.id).join();
  const holdsWanted = getOrAdd(caches.holdsWanted, rulesSeeingAll, () => new WeakMap());
  // An explicit stack, not recursion: blocks can nest as deep as the parser accepts.
  const holds = (s: AnyStatement): boolean => {
    const todo = [...childStatements(s)];
    for (let c = todo.pop(); c !== undefined; c = todo.pop()) {
      if (others(c).length > 0) return true;
      for (const g of childStatements(c)) todo.push(g);
    }
    return false;
  };
  const mustEnter = (s: AnyStatement): boolean => {
    let yes = holdsWanted.get(s);
    if (yes === undefined) holdsWanted.set(s, (yes = holds(s)));
    return yes;
  };
  // A statement whose rule crashed is checked again next time (and reports the crash again).
  const localFailure = (id: string, e: unknown) => {
    recordFailure(id, e);
    for (const f of frames) f.cacheable = false;
  };
  yield* walkConfigSteps(
    config,
    {
      enter(s, ancestors, file) {
        if (ancestors.length === 0) {
          const hit = perServer.get(s);
          if (hit && hit.rules === rulesKey && hit.uri === file.uri) {
            // Most statements have nothing to report: then there is nothing to move or allocate.
            if (hit.diagnostics.length) {
              hit.diagnostics = moveResults(hit, s.span.start, file);
              pushAll(out, hit.diagnostics);
            }
            hit.start = s.span.start;
            frames.push(KEPT_FRAME);
          } else frames.push({ start: s.span.start, file, cached: false, cacheable: true, diagnostics: [] });
        }
        if (s.type === 'Include') for (const f of frames) if (f !== KEPT_FRAME) f.cacheable = false;
        const topLevel = ancestors.length === 0;
        position.topLevel = topLevel;
        const frame = frames[frames.length - 1];
        const kept = frame?.cached === true;
        if (!kept) dispatch(local(s), s, ancestors, file, localFailure);
        if (!kept || topLevel) dispatch(nested(s), s, ancestors, file, localFailure);
        const wanted = others(s);
        dispatch(wanted, s, ancestors, file, recordFailure);
        // Noted on the way, so the first run after this one need not look inside again.
        if (!topLevel && !kept && wanted.length && frame) frame.holdsWanted = true;
        return !(topLevel && kept && !mustEnter(s));
      },
      leave(s, ancestors) {
        if (ancestors.length !== 0) return;
        const frame = frames.pop();
        if (!frame || frame.cached) return;
        holdsWanted.set(s, frame.holdsWanted === true);
        pushAll(out, frame.diagnostics);
        if (frame.cacheable)
          perServer.set(s, {
            rules: rulesKey,
            uri: frame.file.uri,
            start: frame.start,
            diagnostics: frame.diagnostics,
          });
        else perServer.delete(s);
      },
    },
    statementsPerPause,
  );
}
