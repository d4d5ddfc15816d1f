/**
 * `npm run eval [-- --summarizer llm]`: runs `baton summarize` (the command line, as a user would)
 * over the public dev sets in ../shared/eval and prints the figures of each, with the targets; then
 * over the labelled handoffs in core/eval/handoffs (the hidden set's format: reason, priority,
 * entities, attempted, mentions, redaction, sentiment), one score line per file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const evalDir = resolve(process.env.BATON_EVAL_DIR ?? join(root, '../shared/eval'));
const bin = join(root, 'core/bin/baton.mjs');
const passThrough = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'baton-eval-'));

if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`eval: no dev sets at ${evalDir} (set BATON_EVAL_DIR)`);
  process.exit(2);
}

function node(args: string[], input?: string): string {
  try {
    return execFileSync(process.execPath, args, {
      cwd: root,
      input,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    if (e.status === 2 && e.stdout) {
      process.stderr.write(e.stderr.split('\n').slice(0, 5).join('\n') + '\n');
      return e.stdout; // some lines were invalid: the valid ones were still summarised
    }
    throw err;
  }
}

/** Runs a node script with its stdout going straight to a file (scripts that call process.exit lose piped output). */
function nodeToFile(args: string[], file: string): void {
  const fd = openSync(file, 'w');
  try {
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 2) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
    if (r.status === 2) process.stderr.write(r.stderr.split('\n').slice(0, 5).join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
}

function summarizeFile(input: string, name: string): string {
  const out = join(work, `${name}-out.jsonl`);
  const started = performance.now();
  nodeToFile([bin, 'summarize', input, ...passThrough], out);
  console.log(
    `  (${name}: summarised in ${((performance.now() - started) / 1000).toFixed(1)} s, ${passThrough.join(' ') || 'heuristic'})`,
  );
  return out;
}

console.log(`Baton eval over ${evalDir}\n`);

// Bitext: customer_requested precision/recall, complaint read as negative, false alarms.
const bitextIn = join(work, 'bitext-in.jsonl');
nodeToFile([join(evalDir, 'bitext-metrics.mjs'), '--input', join(evalDir, 'bitext-intents.jsonl')], bitextIn);
const bitext = node([
  join(evalDir, 'bitext-metrics.mjs'),
  join(evalDir, 'bitext-intents.jsonl'),
  summarizeFile(bitextIn, 'bitext'),
]);
console.log(
  'bitext-intents.jsonl (targets: customer_requested P >= 0.95, R >= 0.95; complaint negative >= 0.85 with <= 5% false alarms)',
);
console.log(bitext.replace(/^/gm, '  '));

// SGD (and the ABCD smoke sample): attempted steps and entity recall.
for (const set of ['sgd-failed-actions.jsonl', 'abcd-handoff-sample.jsonl']) {
  const file = join(evalDir, set);
  if (!existsSync(file)) continue;
  const stripped = join(work, `${set}-in.jsonl`);
  nodeToFile([join(evalDir, 'score.mjs'), '--strip-expected', file], stripped);
  const report = node([join(evalDir, 'score.mjs'), file, summarizeFile(stripped, set)]);
  console.log(
    `${set}${set.startsWith('sgd') ? ' (targets: attempted recall >= 0.95, mapped entity recall >= 0.90)' : ' (3-record smoke test)'}`,
  );
  console.log(report.replace(/^/gm, '  '));
}

// Labelled handoffs (core/eval/handoffs): the hidden set's kind of labels, one score line per file.
const handoffDir = join(root, 'core/eval/handoffs');
const handoffSets = existsSync(handoffDir)
  ? readdirSync(handoffDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];
if (handoffSets.length > 0)
  console.log('labelled handoffs (core/eval/handoffs; see its README for which rounds were tuned on)');
for (const set of handoffSets) {
  const file = join(handoffDir, set);
  const stripped = join(work, `${set}-in.jsonl`);
  nodeToFile([join(evalDir, 'score.mjs'), '--strip-expected', file], stripped);
  const report = node([join(evalDir, 'score.mjs'), file, summarizeFile(stripped, set)]);
  console.log(
    `  ${set}: ${report
      .trim()
      .split('\n')
      .pop()!
      .replace(/^score:\s*/, '')}`,
  );
}
