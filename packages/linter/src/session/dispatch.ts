// Calling the rules' statement handlers: which handlers want a statement, and one call each.
import type { AnyStatement } from '@dhcplint/parser';
import type { RuleHandlers } from '../rules/rule.js';
import type { SourceFile } from '../types.js';

export type StatementHandler = {
  id: string;
  statement: NonNullable<RuleHandlers['statement']>;
  types?: readonly AnyStatement['type'][];
  names?: readonly string[];
};

/**
 * Calls every handler for one statement (a try per call, no closure per rule and statement); a
 * rule that throws is recorded and the loop goes on with the next rule.
 */
export function dispatch(
  list: StatementHandler[],
  s: AnyStatement,
  ancestors: readonly AnyStatement[],
  file: SourceFile,
  onFailure: (id: string, e: unknown) => void,
): void {
  for (const h of list) {
    try {
      h.statement(s, ancestors, file);
    } catch (e) {
      onFailure(h.id, e);
    }
  }
}

/** Whether a handler looks at statements of a type (and, for parameters, of a name). */
function wants(h: StatementHandler, type: string, parameterName?: string): boolean {
  if (h.types && !h.types.includes(type as AnyStatement['type'])) return false;
  return type !== 'Parameter' || !h.names || parameterName === undefined || h.names.includes(parameterName);
}

/**
 * The handlers that want a statement (see RuleHandlers.statementTypes and parameterNames), worked
 * out once per statement type and parameter name.
 */
export function handlerTable(list: StatementHandler[]): (s: AnyStatement) => StatementHandler[] {
  const byType = new Map<string, StatementHandler[]>();
  const byParameter = new Map<string, StatementHandler[]>();
  return (s) => {
    const parameter = s.type === 'Parameter' ? s.name : undefined;
    const table = parameter === undefined ? byType : byParameter;
    const key = parameter ?? s.type;
    let hit = table.get(key);
    if (!hit) table.set(key, (hit = list.filter((h) => wants(h, s.type, parameter))));
    return hit;
  };
}
