// Types for compat/locations.mjs (the compat script is plain JavaScript; tests import it from TypeScript).
export interface Token {
  kind: 'word' | 'string' | 'punct';
  text: string;
  offset: number;
  end: number;
  line: number;
}
export interface Position {
  line: number;
  character: number;
}
export interface LocatedError {
  ruleId?: string;
  severity?: string;
  range: { start: Position; end: Position };
}
export interface Category {
  id: string;
  kind: 'known-bug' | 'better-place';
  reason: string;
  test: (facts: unknown) => boolean;
}
export const START_UP_RULES: Set<string>;
export const CATEGORIES: Category[];
export function countedErrors<T extends { ruleId: string; severity: string }>(
  diagnostics: readonly T[],
  ruleMetas: readonly { id: string; dhcpd?: string }[],
): T[];
export function tokenize(text: string): Token[];
export function offsetOf(text: string, position: Position): number;
export function blocksOf(tokens: Token[]): { open: Token; close: Token | null; headLine: number }[];
export function classifyLocation(input: {
  text: string;
  dhcpdLine: number;
  errors: readonly LocatedError[];
  includeHasErrors?: (name: string) => boolean;
}): { verdict: string; kind?: string; ours: number | null; reason?: string };
