import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../bin/baton.mjs');
const ROOT = resolve(import.meta.dirname, '../../..');

async function baton(args: string[], input?: string, env: Record<string, string> = {}) {
  const child = run(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, OPENAI_API_KEY: '', ...env },
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const event = (id: string, text: string) =>
  JSON.stringify({ conversationId: id, messages: [{ role: 'customer', text }] });

describe('baton summarize (contract section 6)', () => {
  it('one JSON event from a file: one package', async () => {
    const r = await baton(['summarize', 'examples/refund-angry.json']);
    expect(r.code).toBe(0);
    const pkg = JSON.parse(r.stdout);
    expect(pkg).toMatchObject({
      conversationId: 'conv-20260119-0042',
      reason: { code: 'customer_requested' },
      summarizer: 'heuristic',
      version: 1,
    });
  });

  it('JSON Lines on stdin, including {id, transcript} lines: one package per line; a bad line is reported with its line and field, exit 2, the rest still printed', async () => {
    const input = [
      event('a', 'talk to a human please'),
      '{"conversationId": "b", "messages": []}',
      'not json',
      JSON.stringify({ id: 'x', transcript: JSON.parse(event('c', 'hello')) }),
    ].join('\n');
    const r = await baton(['summarize', '-'], input);
    expect(r.code).toBe(2);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((p) => p.conversationId)).toEqual(['a', 'c']);
    expect(r.stderr).toContain('line 2: messages: must hold at least one message');
    expect(r.stderr).toContain('line 3: not valid JSON');
  });

  it('--policy FILE changes thresholds; a bad key is named', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'baton-cli-'));
    await writeFile(join(dir, 'good.json'), JSON.stringify({ priorityByReason: { customer_requested: 'urgent' } }));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ lowConfidenceTreshold: 0.5 }));
    const good = await baton(['summarize', '-', '--policy', join(dir, 'good.json')], event('p', 'agent please'));
    expect(JSON.parse(good.stdout).priority).toBe('urgent');
    const bad = await baton(['summarize', '-', '--policy', join(dir, 'bad.json')], event('p', 'agent please'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/policy.*lowConfidenceTreshold/);
  });

  it('--summarizer llm without a key says what to set', async () => {
    const r = await baton(['summarize', '-', '--summarizer', 'llm'], event('l', 'hi'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OPENAI_API_KEY');
  });
});
