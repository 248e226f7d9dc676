// The length limits of vocabulary.ts as checks, with the one message the
// schema, the CLI and the app all give: what is too long, by how much, and the
// limit — so a refused value reads the same wherever it was typed. No schema
// library here: the window imports this.

export const count = (n: number): string => n.toLocaleString('en-US');

/** `a note holds 120,000 characters, more than the 100,000 allowed`. */
export function tooLongProblem(what: string, length: number, max: number): string {
  return `${what} holds ${count(length)} characters, more than the ${count(max)} allowed`;
}

/** The problem with `text`, or undefined when it fits. */
export function lengthProblem(what: string, text: string, max: number): string | undefined {
  return text.length > max ? tooLongProblem(what, text.length, max) : undefined;
}

/** Whether a validation problem is a value over its limit (files written before the limits existed). */
export const isTooLongProblem = (problem: string): boolean => /\d characters, more than the [\d,]+ allowed/.test(problem);
