import type { LineCounter } from 'yaml';
import type { FileProblem } from '../../model';

/** A node position as the yaml library gives it: [start, valueEnd, nodeEnd] offsets. */
export type NodeRange = readonly [number, number, number] | readonly [number, number];

/** More problems than this are not worth showing: the file is clearly not a claims file. */
const MAX_PROBLEMS = 100;

/** Collects problems with 0-based line/column positions computed from source offsets. */
export class ProblemCollector {
  readonly problems: FileProblem[] = [];

  constructor(private readonly lines: LineCounter) {}

  error(range: NodeRange | undefined | null, message: string): void {
    this.add(range, message, 'error');
  }

  warning(range: NodeRange | undefined | null, message: string): void {
    this.add(range, message, 'warning');
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }

  errors(): FileProblem[] {
    return this.problems.filter((problem) => problem.severity === 'error');
  }

  warnings(): FileProblem[] {
    return this.problems.filter((problem) => problem.severity === 'warning');
  }

  private add(range: NodeRange | undefined | null, message: string, severity: FileProblem['severity']): void {
    if (this.problems.length >= MAX_PROBLEMS) return;
    const start = this.position(range?.[0] ?? 0);
    const end = this.position(range?.[1] ?? range?.[0] ?? 0);
    this.problems.push({ message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity });
  }

  /** 0-based line and column of a source offset. */
  position(offset: number): { line: number; column: number } {
    // LineCounter positions are 1-based (and 0 before any line was counted).
    const { line, col } = this.lines.linePos(offset);
    return { line: Math.max(0, line - 1), column: Math.max(0, col - 1) };
  }
}
