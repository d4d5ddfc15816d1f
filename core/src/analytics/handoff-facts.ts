import type { LifecycleEvent } from '../ports';

export const DIMENSIONS = ['bot', 'intent', 'reason', 'channel', 'priority', 'team'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Dims = Partial<Record<Dimension, string>>;

/** Everything the log says about one handoff, folded from its events. */
export type HandoffFacts = {
  handoffId: string;
  receivedAt: string;
  dims: Dims;
  customerKey?: string;
  completeness?: number;
  alertedAt?: string;
  claimedAt?: string;
  firstReplyAt?: string;
  solvedAt?: string;
  reopenedAt: string[];
  slaBreaches: number;
  /** Satisfaction of the handoff's ticket: 1 good, 0 bad. */
  csat?: number;
  reAskByAgent: boolean;
  reAskedFields: string[];
};

/** A conversation the bot finished without a person. */
export type ResolvedFacts = { conversationId: string; at: string; dims: Dims; customerKey?: string; csat?: number };

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function dimsOf(data: Record<string, unknown>): Dims {
  const dims: Dims = {};
  for (const d of DIMENSIONS) {
    const v = str(data[d]);
    if (v) dims[d] = v;
  }
  return dims;
}

/** good/bad (Zendesk), or a 1-5 score where 4 and 5 are satisfied; undefined otherwise. */
export function csatValue(score: unknown): number | undefined {
  if (score === 'good' || score === 'satisfied') return 1;
  if (score === 'bad' || score === 'unsatisfied') return 0;
  if (typeof score === 'number' && score >= 1 && score <= 5) return score >= 4 ? 1 : 0;
  return undefined;
}

const earliest = (a: string | undefined, b: string): string => (a === undefined || b < a ? b : a);

/**
 * Folds a log into one fact sheet per handoff and one per bot-resolved conversation. Events of a
 * handoff whose `handoff_received` is absent (outside the period) are ignored.
 */
export function foldEvents(events: readonly LifecycleEvent[]): { handoffs: HandoffFacts[]; resolved: ResolvedFacts[] } {
  const byHandoff = new Map<string, HandoffFacts>();
  const resolved: ResolvedFacts[] = [];
  const sorted = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const e of sorted) {
    if (e.kind === 'conversation_resolved') {
      resolved.push({
        conversationId: e.conversationId ?? e.id,
        at: e.at,
        dims: dimsOf(e.data),
        customerKey: str(e.data.customerKey),
        csat: csatValue(e.data.csat ?? e.data.score),
      });
      continue;
    }
    if (e.kind === 'handoff_received' && e.handoffId && !byHandoff.has(e.handoffId)) {
      const c = e.data.completeness;
      byHandoff.set(e.handoffId, {
        handoffId: e.handoffId,
        receivedAt: e.at,
        dims: dimsOf(e.data),
        customerKey: str(e.data.customerKey),
        completeness: typeof c === 'number' ? c : undefined,
        reopenedAt: [],
        slaBreaches: 0,
        reAskByAgent: false,
        reAskedFields: [],
      });
    }
  }
  for (const e of sorted) {
    const h = e.handoffId ? byHandoff.get(e.handoffId) : undefined;
    if (!h) continue;
    const team = str(e.data.team);
    switch (e.kind) {
      case 'alert_posted':
        h.alertedAt = earliest(h.alertedAt, e.at);
        break;
      case 'claimed':
        h.claimedAt = earliest(h.claimedAt, e.at);
        if (team && !h.dims.team) h.dims.team = team;
        break;
      case 'first_agent_reply': {
        h.firstReplyAt = earliest(h.firstReplyAt, e.at);
        const fields = e.data.reAskedFields;
        if (Array.isArray(fields))
          for (const f of fields) if (typeof f === 'string' && !h.reAskedFields.includes(f)) h.reAskedFields.push(f);
        break;
      }
      case 'solved':
        h.solvedAt = earliest(h.solvedAt, e.at);
        break;
      case 'reopened':
        h.reopenedAt.push(e.at);
        break;
      case 'sla_breached':
        h.slaBreaches += 1;
        break;
      case 'satisfaction_rated': {
        const v = csatValue(e.data.score);
        if (v !== undefined) h.csat = v; // the latest rating wins
        break;
      }
      case 'context_feedback': {
        if (e.data.hadToReAsk === true) h.reAskByAgent = true;
        const fields = e.data.missingFields;
        if (e.data.hadToReAsk === true && Array.isArray(fields))
          for (const f of fields) if (typeof f === 'string' && !h.reAskedFields.includes(f)) h.reAskedFields.push(f);
        break;
      }
      default:
        break;
    }
  }
  return { handoffs: [...byHandoff.values()], resolved };
}
