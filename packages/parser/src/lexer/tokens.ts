/** Small integer token kinds produced by the scanner (scanner.ts) and read by everything after it. */
export const enum Kind {
  Word = 1,
  String = 2,
  Comma = 3,
  LParen = 4,
  RParen = 5,
  Op = 6,
  Bad = 7,
  Semi = 8,
  LBrace = 9,
  RBrace = 10,
}
