import type { Attempt, Entities, Intent, ReasonCode } from '../schema/handoff-package';
import { listPhrase } from './describe';

const BY_REASON: Partial<Record<ReasonCode, (e: Entities) => string>> = {
  security_risk: () =>
    'Secure the account first: verify identity out of band, end active sessions, reset credentials and block the card if a payment is involved',
  legal_compliance: () =>
    'Route to the legal/compliance owner, log the request with its date, and make no commitments on outcome',
  high_value: (e) =>
    `Review the money at stake (${
      listPhrase(
        e.amounts.map((a) => a.text),
        2,
      ) || 'the amount'
    }) and decide on the refund or correction`,
  policy_exception: () =>
    'Decide on the exception the customer asked for, or explain the policy and offer the closest alternative',
  repeated_failure: () => "Don't repeat the bot's steps: start from where they failed",
  negative_sentiment: () => 'Acknowledge the frustration briefly, then move straight to a concrete fix',
  vip_customer: () => 'Handle as a VIP: own it end to end and confirm the follow-up personally',
};

const BY_INTENT: ReadonlyArray<readonly [RegExp, (e: Entities) => string]> = [
  [
    /refund|double_charge|charge/,
    (e) =>
      `Check the charge${e.orderIds[0] ? ` on order ${e.orderIds[0]}` : ''} in billing and issue or explain the refund`,
  ],
  [
    /payment_methods/,
    () => 'Update the payment method with the customer through the secure billing page, never in the chat',
  ],
  [
    /payment/,
    (e) =>
      `Check the payment processor for the decline reason${e.errorCodes[0] ? ` (${e.errorCodes[0]})` : ''}${e.cardLast4[0] ? ` on the card ending ${e.cardLast4[0]}` : ''}`,
  ],
  [
    /order\.(?:tracking|damaged|return|change|cancel)/,
    (e) => `Look up ${e.orderIds[0] ? `order ${e.orderIds[0]}` : 'the order'} and its current status`,
  ],
  [/account\.login|password/, () => 'Check the account status and login history, then help the customer regain access'],
  [/subscription|cancellation_fee/, () => 'Check the subscription and any fees before changing it'],
  [
    /technical|error/,
    (e) => `Reproduce or look up the error${e.errorCodes[0] ? ` ${e.errorCodes[0]}` : ''} in the logs`,
  ],
  [/data_request/, () => 'Open a data-protection request and confirm the statutory deadline'],
];

/** Concrete actions for the agent, most important first (at most 4). */
export function composeNextSteps(
  reasons: ReasonCode[],
  intent: Intent,
  entities: Entities,
  attempted: Attempt[],
  missing: string[],
): string[] {
  const steps: string[] = [];
  for (const code of reasons) {
    const step = BY_REASON[code]?.(entities);
    if (step) steps.push(step);
  }
  const byIntent = BY_INTENT.find(([re]) => re.test(intent.label));
  if (byIntent) steps.push(byIntent[1](entities));
  const failed = attempted.filter((a) => a.outcome === 'failed').map((a) => a.step);
  if (failed.length && !reasons.includes('repeated_failure'))
    steps.push(`Skip what already failed: ${listPhrase(failed, 3)}`);
  if (missing.length) steps.push(`Confirm what is still missing: ${listPhrase(missing, 3)}`);
  if (steps.length === 0) steps.push('Read the transcript below and pick up where the bot stopped');
  return [...new Set(steps)].slice(0, 4);
}
