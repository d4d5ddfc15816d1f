import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { HandoffRecord } from '@baton/core';
import type { ServiceDeps } from '../deps';
import { handleZendeskWebhook } from '../http/zendesk-webhook';
import { resolvedConversationSchema } from './conversation-schema';
import { recordConversations } from './record-conversations';
import { handOffAt } from './simulated-intake';

/**
 * A believable week in the sandbox: handoffs from the shipped example transcripts go through the real
 * intake and pipeline (tickets in the Zendesk sandbox, alerts in the Slack sandbox), then agents act
 * on them through the same Zendesk webhook handler real triggers call: claims, first replies (some
 * re-asking what the package held, so the detector fires), solves, reopens and ratings; and bots
 * resolve other conversations. Times are spread over the past days, so the dashboard computes real
 * figures. Deterministic for a seed.
 */

export const simulateOptionsSchema = z.object({
  days: z.coerce.number().int().min(1, 'must be at least 1').max(90, 'must be at most 90').default(7),
  perDay: z.coerce.number().int().min(1).max(200, 'must be at most 200').default(12),
  seed: z.coerce.number().int().default(7),
});
export type SimulateOptions = z.infer<typeof simulateOptionsSchema>;

export type SimulateResult = { handoffs: number; botResolved: number; reAsked: number; reopened: number };

/** A small seeded generator (mulberry32): the same seed, the same week. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MIN = 60_000;
/** What bots resolve on their own. */
const BOT_INTENTS = ['order.status', 'account.password_reset', 'billing.invoice_copy', 'shipping.address_change'];
const AGENTS = [
  { id: 1001, email: 'agent@example.com', name: 'Alex Agent' },
  { id: 1002, email: 'sam@example.com', name: 'Sam Support' },
];
const GOOD_REPLY = 'Hi, I have read the conversation and I am on it: I will confirm the next step within the hour.';
/** A reply asking again for something this handoff's package already held (what the detector must catch). */
function reAskReply(record: HandoffRecord): string | undefined {
  const pkg = record.package;
  if (!pkg) return undefined;
  if (pkg.entities.orderIds.length) return 'Hi, thanks for waiting. Could you send me your order number?';
  if (pkg.attempted.length) return 'Hi, sorry for the trouble. What have you already tried?';
  if (pkg.customer.email || pkg.entities.emails.length) return 'Hi! Could you confirm your email address, please?';
  return undefined;
}

export async function simulate(
  deps: ServiceDeps,
  options: { examplesDir: string; run?: string } & Partial<SimulateOptions>,
): Promise<SimulateResult> {
  const o = simulateOptionsSchema.parse(options);
  const rnd = random(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const examples = readdirSync(options.examplesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(options.examplesDir, f), 'utf8')) as Record<string, unknown>);
  if (examples.length === 0) throw new Error(`no example transcripts in ${options.examplesDir}`);
  const run = options.run ?? Date.now().toString(36);
  const now = deps.clock.now().getTime();
  const result: SimulateResult = { handoffs: 0, botResolved: 0, reAsked: 0, reopened: 0 };
  const bots = ['shop-assistant', 'billing-bot'];
  const FIRST = ['Jane', 'Omar', 'Lena', 'Priya', 'Tom', 'Ana', 'Kenji', 'Maya', 'Luis', 'Chloé', 'Sven', 'Ada'];
  const customers: Array<{ id: string; name: string; email: string }> = [];
  /** Mostly new customers; about one in eight comes back (the repeat-contact figure). */
  const customerFor = (n: number) => {
    if (customers.length > 3 && rnd() < 0.12) return pick(customers);
    const name = `${pick(FIRST)} ${String.fromCharCode(65 + Math.floor(rnd() * 26))}.`;
    const c = { id: `sim-cust-${run}-${n}`, name, email: `customer${n}.${run}@example.com` };
    customers.push(c);
    return c;
  };

  for (let d = o.days; d >= 1; d--) {
    const dayStart = Math.floor(now / (1440 * MIN)) * 1440 * MIN - d * 1440 * MIN; // UTC midnight, d days ago
    // Bots resolve most conversations on their own (the handoff rate's denominator), reported through
    // the same intake as `POST /v1/conversations`; now and then a customer who handed off comes back to
    // the bot (repeat contact).
    const resolvedToday = o.perDay * 3 + Math.floor(rnd() * o.perDay);
    const conversations = [];
    for (let k = 0; k < resolvedToday; k++) {
      const returning = customers.length > 0 && rnd() < 0.05 ? pick(customers) : undefined;
      conversations.push(
        resolvedConversationSchema.parse({
          conversationId: `sim-${run}-${d}-r${k}`,
          bot: pick(bots),
          intent: pick(BOT_INTENTS),
          channel: rnd() < 0.8 ? 'chat' : 'email',
          endedAt: new Date(dayStart + rnd() * 1440 * MIN).toISOString(),
          csat: 3 + Math.floor(rnd() * 3),
          customerKey: returning?.id ?? `sim-visitor-${run}-${d}-${k}`,
        }),
      );
    }
    result.botResolved += (await recordConversations(deps, conversations)).accepted;
    for (let k = 0; k < o.perDay; k++) {
      const t0 = dayStart + (8 * 60 + rnd() * 10 * 60) * MIN; // office hours
      const example = structuredClone(pick(examples));
      const who = customerFor(d * 1000 + k);
      // Not every bot hands over the whole conversation: some pass only the last turns, a few only the
      // customer's last message, without knowing who it is (the completeness bands, and what they do
      // to resolution).
      const messages = (example.messages as Array<{ role?: string }> | undefined) ?? [];
      const context = rnd();
      const passed =
        context < 0.1
          ? messages.filter((m) => m.role === 'customer').slice(-1)
          : context < 0.3
            ? messages.slice(-2)
            : messages;
      const event = {
        ...example,
        messages: passed.length ? passed : messages,
        // A thin handoff comes from an anonymous widget: the visitor's id, no name or email.
        customer:
          context < 0.1
            ? { id: who.id }
            : context < 0.3
              ? { id: who.id, name: who.name }
              : { ...(example.customer as object | undefined), ...who },
        conversationId: `sim-${run}-${d}-${k}`,
        handoffKey: undefined,
        bot: { ...(example.bot as object | undefined), name: pick(bots) },
      };
      // Nothing happens in the future: what would fall after now has not happened yet.
      const at = (offsetMin: number) => new Date(Math.min(t0 + offsetMin * MIN, now - 1000)).toISOString();
      const record = await handOffAt(deps, t0, event);
      if (!record?.ticketId) continue;
      result.handoffs++;
      const agent = pick(AGENTS);
      const claimMin = 1 + rnd() * (record.priority === 'urgent' ? 4 : 20);
      const webhook = (
        type: 'assignee_changed' | 'agent_replied' | 'solved' | 'reopened' | 'satisfaction_rated',
        min: number,
        extra: object = {},
      ) =>
        handleZendeskWebhook(deps, {
          id: `sim-${run}-${type}-${record.ticketId}`,
          type,
          ticketId: record.ticketId!,
          at: at(min),
          ...extra,
        });
      // The agent takes the ticket in Zendesk; Zendesk's trigger tells Baton.
      await deps.desk.assign(record.ticketId, agent.email);
      await webhook('assignee_changed', claimMin, { assignee: agent });
      const reAskText = rnd() < 0.25 ? reAskReply(record) : undefined;
      const reAsk = reAskText !== undefined;
      const replyMin = claimMin + 2 + rnd() * 10;
      await webhook('agent_replied', replyMin, { comment: { body: reAskText ?? GOOD_REPLY, public: true } });
      if (reAsk) result.reAsked++;
      if (rnd() < 0.85) {
        const solvedMin = replyMin + 20 + rnd() * 600;
        await webhook('solved', solvedMin);
        const thin = (record.package?.completeness.score ?? 1) < 0.8;
        const reopened = rnd() < (reAsk ? 0.35 : 0.12) + (thin ? 0.15 : 0);
        if (reopened && t0 + (solvedMin + 1440) * MIN < now) {
          await webhook('reopened', solvedMin + 600 + rnd() * 1440);
          result.reopened++;
        }
        if (rnd() < 0.6)
          await webhook('satisfaction_rated', solvedMin + 60, {
            satisfaction: { score: rnd() < (reAsk ? 0.55 : 0.85) ? 'good' : 'bad' },
          });
      }
    }
  }
  return result;
}
