import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

async function answers(url: string): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

let child: ChildProcess | undefined;

/**
 * The integration tests need a real Redis: REDIS_URL when it answers, else a throwaway
 * `redis-server` from PATH on a free port (no persistence), stopped afterwards. With neither, the
 * run fails at once, naming the package to install. Never skipped.
 */
export default async function setup(project: TestProject) {
  let url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await answers(url))) {
    if (spawnSync('redis-server', ['--version']).error) {
      throw new Error(
        `No Redis answers at ${url} and redis-server is not on PATH: install it (Debian: apt-get install redis-server) or set REDIS_URL.`,
      );
    }
    const port = await freePort();
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    url = `redis://127.0.0.1:${port}`;
    for (let i = 0; i < 50 && !(await answers(url)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await answers(url))) throw new Error(`redis-server did not start on port ${port}`);
  }
  project.provide('redisUrl', url);
  return () => {
    child?.kill('SIGTERM');
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}
