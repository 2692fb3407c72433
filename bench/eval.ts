// Measures the project's recogniser on the labelled articles of eval/<set> (default: the held-out
// test set). Run after compiling: node -e "require('./out/bench/eval.js').run({ set: 'dev' })"
import { recognizeWorkspace } from '../src/core/recognition';
import { type EvalSetName, runEvaluation } from './eval-run';

/**
 * `errors: true` also lists each article's missed, spurious, mistyped and mis-bounded mentions;
 * use it on the dev set only, so the held-out test articles stay unread.
 */
export async function run(options?: { set?: EvalSetName; errors?: boolean }): Promise<void> {
  await runEvaluation(options?.set ?? 'test', recognizeWorkspace, { errors: options?.errors });
}
