import type { HandoffEvent } from '../schema/handoff-event';
import type { Attempt } from '../schema/handoff-package';

/**
 * What was already tried, with outcomes: from `bot.actions` and from the conversation itself
 * ("I've reset your password", "that didn't work"). STUB: being implemented.
 */
export function detectAttempts(event: HandoffEvent): Attempt[] {
  return (event.bot?.actions ?? []).map((a) => ({
    step: a.name,
    outcome: a.status === 'pending' ? 'unknown' : a.status,
    source: 'bot_action' as const,
  }));
}
