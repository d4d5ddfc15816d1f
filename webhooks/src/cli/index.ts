import { loadConfig } from '../config';
import { ConfigError } from '../errors';
import { createService, type Role } from '../service';
import { runReportCommand } from '../analytics/report-command';
import { runSimulateCommand } from '../analytics/simulate-command';
import { flag } from './flags';

const out = (s: string) => process.stdout.write(s + '\n');
const err = (s: string) => process.stderr.write(s + '\n');

/** `baton serve|jobs|setup`: the service's commands (the core's CLI dispatches here). Undefined: not ours. */
export async function runServiceCommand(argv: string[]): Promise<number | undefined> {
  const [command, sub, arg] = argv;
  if (command === 'report') return runReportCommand(argv);
  if (command === 'simulate') return runSimulateCommand(argv, { out, err });
  if (command !== 'serve' && command !== 'jobs' && command !== 'setup') return undefined;
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      err(`baton ${command}: ${e.message}`);
      return 2;
    }
    throw e;
  }

  if (command === 'serve') {
    const role = (flag(argv, '--role') ?? 'all') as Role;
    if (!['api', 'worker', 'all'].includes(role)) {
      err(`baton serve: --role must be api, worker or all, got '${role}'`);
      return 2;
    }
    const service = await createService(config);
    const { url } = await service.start(role);
    const mode =
      config.mode === 'sandbox'
        ? 'sandbox mode: Zendesk and Slack are local stand-ins, nothing leaves this machine'
        : `production mode: Zendesk ${config.zendesk?.subdomain ?? '(not configured)'}`;
    out(
      `Baton ${role} running (${mode}; queue: ${config.redisUrl ? 'BullMQ on Redis' : 'in-process'}; summarizer: ${config.llm ? `llm:${config.llm.model}` : 'heuristic'})`,
    );
    if (url) out(`  API: ${url}/v1/handoffs`);
    if (url && config.mode === 'sandbox') out(`  Sandbox: http://localhost:${new URL(url).port}/sandbox`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    out('Baton: stopping (finishing active jobs)…');
    await service.stop();
    return 0;
  }

  if (command === 'jobs') {
    if (!config.redisUrl) {
      err('baton jobs: needs REDIS_URL (the in-process queue of the embedded default lives only inside `baton serve`)');
      return 2;
    }
    const service = await createService(config);
    try {
      if (sub === 'list') {
        const failed = await service.deps.queue.listFailed(1000);
        if (failed.length === 0) out('No failed jobs.');
        for (const j of failed) out(`${j.id}\t${j.name}\tattempts ${j.attempts}\t${j.failedAt ?? ''}\t${j.error}`);
        return 0;
      }
      if (sub === 'retry') {
        if (!arg) {
          err('baton jobs retry: give a job id, or --all');
          return 2;
        }
        const n = await service.deps.queue.retryFailed(arg === '--all' ? undefined : arg);
        out(`Replayed ${n} job(s).`);
        return n === 0 && arg !== '--all' ? 1 : 0;
      }
      err('usage: baton jobs list | baton jobs retry <id>|--all');
      return 2;
    } finally {
      await service.stop();
    }
  }

  if (sub !== 'zendesk') {
    err('usage: baton setup zendesk');
    return 2;
  }
  if (!config.zendesk) {
    err('baton setup zendesk: set ZENDESK_SUBDOMAIN with ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN)');
    return 2;
  }
  const service = await createService(config);
  try {
    const ids = await service.setupZendesk();
    for (const [field, id] of Object.entries(ids)) out(`  ${field}: ticket field ${id}`);
    out('Zendesk ticket fields are in place.');
    return 0;
  } finally {
    await service.stop();
  }
}
