// One server's lint: syntax and include errors, every single-server rule over one shared walk,
// rules' end() steps, then the disable directives.
import { runToEnd, walkConfigSteps, type ServerConfig } from '../model/config.js';
import type { ServerFacts } from '../model/facts.js';
import { allConfigRules } from '../rules/index.js';
import { includeErrorReport } from '../rules/support/include-errors.js';
import { syntaxReport } from '../rules/syntax.js';
import type { RuleHandlers } from '../rules/rule.js';
import type { Diagnostic } from '../types.js';
import type { RunContext } from './context.js';
import { severityFor, syntaxSeverity, toDiagnostic, type ResolvedReportInput } from './diagnostics.js';
import { applyDirectives } from './directives.js';
import { withoutFollowOns } from './follow-ons.js';
import { dispatch, handlerTable } from './dispatch.js';
import type { LintResult } from './results.js';
import type { LintSettings } from './settings.js';
import { reportToFrame, walkWithStatementCache, type Frame } from './statement-cache.js';
import { getOrAdd } from '../model/maps.js';

/** `lintServer` in steps that pause during the walk and between rules (see `walkConfigSteps`). */
export function* lintServerSteps(
  config: ServerConfig,
  settings: LintSettings,
  facts: ServerFacts,
  run: Pick<RunContext, 'caches' | 'statementsPerPause'> = {},
): Generator<void, LintResult, void> {
  const out: Diagnostic[] = [];
  const internalErrors: LintResult['internalErrors'] = [];
  for (const { file, error } of config.parseErrors) {
    const sev = syntaxSeverity(error, settings);
    if (sev) out.push(toDiagnostic('syntax', sev, syntaxReport(file, error)));
  }
  for (const { file, error } of config.includeErrors) {
    const id = error.code;
    const sev = severityFor(id, 'error', settings);
    if (sev) out.push(toDiagnostic(id, sev, includeErrorReport(file, error)));
  }
  const handlers: { id: string; h: RuleHandlers }[] = [];
  const frames: Frame[] = [];
  /** Whether the cached walk is at a top-level statement (or done): 'nested' rules report to `out` there. */
  const position = { topLevel: true };
  for (const rule of allConfigRules) {
    const sev = severityFor(rule.meta.id, rule.meta.defaultSeverity, settings);
    if (!sev) continue;
    // With a statement cache, per-statement rules report into the current top-level statement's frame.
    const mode = run.caches === undefined ? undefined : rule.meta.perStatement;
    const toFrame = (r: ResolvedReportInput) => reportToFrame(frames, out, r, toDiagnostic(rule.meta.id, sev, r));
    const toOut = (r: ResolvedReportInput) => void out.push(toDiagnostic(rule.meta.id, sev, r));
    const report =
      mode === true
        ? toFrame
        : mode === 'nested'
          ? (r: ResolvedReportInput) => (position.topLevel ? toOut(r) : toFrame(r))
          : toOut;
    try {
      handlers.push({
        id: rule.meta.id,
        h: rule.create({ config, facts, report, memo: memoFor(run.caches?.ruleMemos, config, rule.meta.id) }) ?? {},
      });
    } catch (e) {
      internalErrors.push({ ruleId: rule.meta.id, message: String(e) });
    }
  }
  // A crashing rule becomes a diagnostic, never a crash of the run.
  const recordFailure = (id: string, e: unknown) => {
    if (!internalErrors.some((x) => x.ruleId === id))
      internalErrors.push({ ruleId: id, message: e instanceof Error ? e.message : String(e) });
  };
  /** Runs `f` for a rule: its value, or undefined (recorded as the rule's failure) if it throws. */
  const attempt = <T>(id: string, f: () => T): { value: T } | undefined => {
    try {
      return { value: f() };
    } catch (e) {
      recordFailure(id, e);
      return undefined;
    }
  };
  const statementHandlers = handlers.flatMap(({ id, h }) =>
    typeof h.statement === 'function'
      ? [{ id, statement: h.statement.bind(h), types: h.statementTypes, names: h.parameterNames }]
      : [],
  );
  if (run.caches)
    yield* walkWithStatementCache(
      config,
      settings,
      run.caches,
      run.statementsPerPause,
      statementHandlers,
      frames,
      out,
      recordFailure,
      position,
    );
  else {
    const handlersFor = handlerTable(statementHandlers);
    yield* walkConfigSteps(
      config,
      { enter: (s, ancestors, file) => dispatch(handlersFor(s), s, ancestors, file, recordFailure) },
      run.statementsPerPause,
    );
  }
  position.topLevel = true;
  for (const { id, h } of handlers) {
    const end = h.end?.bind(h);
    if (!end) continue;
    // A generator end() pauses between its items; a throw at any step ends that rule only.
    const steps = attempt(id, end)?.value;
    if (!steps) continue;
    for (;;) {
      yield;
      const step = attempt(id, () => steps.next());
      if (!step || step.value.done) break;
    }
  }
  for (const e of internalErrors)
    out.push(
      toDiagnostic('internal-error', 'error', {
        file: config.main,
        span: { start: 0, end: 0 },
        message: `Rule '${e.ruleId}' failed: ${e.message}`,
      }),
    );
  const fileByUri = new Map(config.files.map((f) => [f.uri, f]));
  const kept = withoutFollowOns(out, out, (u) => fileByUri.get(u));
  return {
    diagnostics: applyDirectives(config.files, kept, settings),
    files: config.files.map((f) => f.uri),
    internalErrors,
  };
}

function memoFor(
  memos: Map<string, Map<string, { value?: unknown }>> | undefined,
  config: ServerConfig,
  ruleId: string,
): { value?: unknown } | undefined {
  if (!memos) return undefined;
  return getOrAdd(
    getOrAdd(memos, config.main.uri, () => new Map()),
    ruleId,
    () => ({}),
  );
}

/** `lintServerSteps` run at once. */
export function lintServerNow(
  config: ServerConfig,
  settings: LintSettings,
  facts: ServerFacts,
  run: Pick<RunContext, 'caches' | 'statementsPerPause'> = {},
): LintResult {
  return runToEnd(lintServerSteps(config, settings, facts, run));
}
