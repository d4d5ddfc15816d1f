import { Redis } from 'ioredis';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../src/config';
import { createService } from '../src/service';
import type { ServiceDeps } from '../src/deps';

export const redisUrl = () => inject('redisUrl');

/** A Redis client on a database of its own prefix space: keys of one test file never meet another's. */
export function testRedis(): Redis {
  return new Redis(redisUrl(), { maxRetriesPerRequest: 2 });
}

export function sandboxConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ PORT: '0', HOST: '127.0.0.1', BATON_LOG_LEVEL: 'silent', ...env });
}

/** The whole service on the embedded defaults, listening on a free port. */
export async function startSandboxService(env: Record<string, string> = {}, overrides: Partial<ServiceDeps> = {}) {
  const service = await createService(sandboxConfig(env), overrides);
  const { url } = await service.start('all');
  return { service, url: url! };
}

export async function until<T>(fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
