import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { summarize } from '../summarize';
import { parsePolicy } from '../policy/load-policy';
import { DEFAULT_POLICY, type Policy } from '../policy/policy-config';
import { ValidationError } from '../schema/validation-error';
import type { HandoffPackage } from '../schema/handoff-package';

type Io = { stdin: Readable; stdout: Writable; stderr: Writable; env?: Record<string, string | undefined> };

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function describe(err: unknown): string {
  if (err instanceof ValidationError) return err.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
  return err instanceof Error ? err.message : String(err);
}

/** Unwraps `{"id", "transcript": <HandoffEvent>}` lines (the eval sets' shape). */
function unwrap(value: unknown): unknown {
  if (value && typeof value === 'object' && 'transcript' in value && !('messages' in value)) {
    return (value as { transcript: unknown }).transcript;
  }
  return value;
}

/**
 * `baton summarize [FILE|-] [--policy FILE]` (contract section 6). One JSON document in, one package
 * out; JSON Lines in, JSON Lines out. Invalid input: a message naming line and field on stderr,
 * every valid line still printed, exit 2.
 */
export async function runSummarize(args: string[], io: Io): Promise<number> {
  let file: string | undefined;
  let policy: Policy = DEFAULT_POLICY;
  let summarizerName = 'heuristic';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--policy') {
      const path = args[++i];
      if (!path) {
        io.stderr.write('baton summarize: --policy needs a FILE\n');
        return 2;
      }
      try {
        policy = parsePolicy(JSON.parse(await readFile(path, 'utf8')));
      } catch (err) {
        io.stderr.write(`baton summarize: policy file ${path}: ${describe(err)}\n`);
        return 2;
      }
    } else if (arg === '--summarizer' || arg.startsWith('--summarizer=')) {
      summarizerName = arg.includes('=') ? arg.slice('--summarizer='.length) : (args[++i] ?? '');
      if (summarizerName !== 'heuristic' && summarizerName !== 'llm') {
        io.stderr.write(`baton summarize: --summarizer must be heuristic or llm, got '${summarizerName}'\n`);
        return 2;
      }
    } else if (arg.startsWith('--')) {
      io.stderr.write(`baton summarize: unknown option ${arg}\n`);
      return 2;
    } else if (file === undefined) file = arg;
    else {
      io.stderr.write('baton summarize: give one FILE (or - for standard input)\n');
      return 2;
    }
  }

  let run: (value: unknown) => Promise<HandoffPackage> = async (value) => summarize(value, policy);
  if (summarizerName === 'llm') {
    const { llmConfigFromEnv, createLlmSummarizer } = await import('../llm/index');
    let config;
    try {
      config = llmConfigFromEnv(io.env ?? process.env);
    } catch (err) {
      io.stderr.write(`baton summarize: LLM settings: ${describe(err)}\n`);
      return 2;
    }
    if (!config) {
      io.stderr.write(
        'baton summarize: --summarizer llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server)\n',
      );
      return 2;
    }
    const llm = createLlmSummarizer({ config, policy });
    run = (value) => llm.summarize(value as Parameters<typeof llm.summarize>[0]);
  }

  let text: string;
  try {
    text = file === undefined || file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (err) {
    io.stderr.write(`baton summarize: cannot read ${file}: ${describe(err)}\n`);
    return 2;
  }

  // One JSON document (possibly pretty-printed) or JSON Lines.
  let whole: unknown;
  let isWhole = false;
  try {
    whole = JSON.parse(text);
    isWhole = true;
  } catch {
    isWhole = false;
  }

  if (isWhole && !Array.isArray(whole)) {
    try {
      io.stdout.write(JSON.stringify(await run(unwrap(whole)), null, 2) + '\n');
      return 0;
    } catch (err) {
      io.stderr.write(`baton summarize: invalid event: ${describe(err)}\n`);
      return 2;
    }
  }

  let failed = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') continue;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`not valid JSON (${(err as Error).message})`);
      }
      io.stdout.write(JSON.stringify(await run(unwrap(value))) + '\n');
    } catch (err) {
      failed++;
      io.stderr.write(`baton summarize: line ${n + 1}: ${describe(err)}\n`);
    }
  }
  return failed > 0 ? 2 : 0;
}
