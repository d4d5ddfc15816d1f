import { PRIORITIES, type Priority, type ReasonCode, type SentimentLabel } from '../schema/handoff-package';
import type { Policy } from './policy-config';

/**
 * Priority by contract section 4: the highest priority any fired reason maps to, and angry
 * sentiment with a VIP customer raised to the policy's `angryVipPriority` (urgent by default).
 */
export function scorePriority(triggers: readonly ReasonCode[], sentiment: SentimentLabel, policy: Policy): Priority {
  let rank = 0;
  for (const code of triggers) rank = Math.max(rank, PRIORITIES.indexOf(policy.priorityByReason[code]));
  if (sentiment === 'angry' && triggers.includes('vip_customer'))
    rank = Math.max(rank, PRIORITIES.indexOf(policy.angryVipPriority));
  return PRIORITIES[rank]!;
}
