import { z } from 'zod';
import { flag } from '../cli/flags';

const argsSchema = z.object({
  days: z.coerce.number().int().min(1, 'must be at least 1').max(90, 'must be at most 90').default(7),
  url: z
    .url({ message: 'must be the URL of a running sandbox, e.g. http://localhost:3000' })
    .default('http://localhost:3000'),
});

/**
 * `baton simulate --days 7 [--url http://localhost:3000]`: asks the running sandbox (`npm start`) to
 * simulate a week through its real pipeline. Only the sandbox offers it: simulated handoffs never
 * reach a real Zendesk or Slack.
 */
export async function runSimulateCommand(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const parsed = argsSchema.safeParse({ days: flag(argv, '--days'), url: flag(argv, '--url') });
  if (!parsed.success) {
    io.err(`baton simulate: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return 2;
  }
  const { days, url } = parsed.data;
  let res: Response;
  try {
    res = await fetch(`${url.replace(/\/+$/, '')}/sandbox/simulate?days=${days}`, {
      method: 'POST',
      headers: { accept: 'application/json' },
    });
  } catch (e) {
    io.err(`baton simulate: no sandbox answers at ${url} (${(e as Error).message}); start one with \`npm start\``);
    return 1;
  }
  if (res.status === 404) {
    io.err(
      `baton simulate: ${url} is not a sandbox (it has real Zendesk or Slack credentials); simulating there is refused`,
    );
    return 1;
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    io.err(`baton simulate: ${res.status} ${JSON.stringify(body)}`);
    return 1;
  }
  io.out(
    `Simulated ${days} days: ${body.handoffs} handoffs, ${body.botResolved} conversations the bots resolved, ${body.reAsked} replies that re-asked, ${body.reopened} reopened.`,
  );
  io.out(`Dashboard: ${url.replace(/\/+$/, '')}/admin/analytics (sandbox admin token in the README)`);
  return 0;
}
