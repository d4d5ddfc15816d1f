/**
 * The service's processes in the benchmarks (`service-child.ts` forked with tsx): started, asked one
 * question at a time over IPC (answers come back in order). Shared by `service.bench.ts` and `service-cpu.ts`.
 */
import { fork, type ChildProcess } from 'node:child_process';

export type Child = { name: string; child: ChildProcess; url?: string; ask<T>(type: string): Promise<T> };

export type ChildLauncher = {
  /** The child script (another checkout's, to compare against). */
  childPath: string;
  /** Extra node flags for the children (`BENCH_CHILD_ARGS`, e.g. `--cpu-prof`). */
  childArgs: string[];
  redisUrl: string;
};

/** Starts one child and waits for its first message (its URL, when it serves HTTP). */
export async function startChild(
  { childPath, childArgs, redisUrl }: ChildLauncher,
  name: string,
  env: Record<string, string>,
): Promise<Child> {
  const child = fork(childPath, [], {
    execArgv: ['--import', 'tsx', ...childArgs],
    env: { ...process.env, REDIS_URL: redisUrl, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string | undefined>((resolve, reject) => {
    child.once('message', (m: { url?: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`${name} exited (${code})`)));
  });
  child.removeAllListeners('exit');
  // one question at a time per child: answers come back in order
  let chain: Promise<unknown> = Promise.resolve();
  const ask = <T>(type: string) => {
    const next = chain.then(
      () =>
        new Promise<T>((resolve) => {
          child.once('message', (m: T) => resolve(m));
          child.send({ type });
        }),
    );
    chain = next.catch(() => undefined);
    return next;
  };
  return { name, child, ...(url ? { url } : {}), ask };
}
