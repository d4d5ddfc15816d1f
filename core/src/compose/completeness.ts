import type { Completeness, Entities, HandoffPackage, Intent } from '../schema/handoff-package';

type Input = {
  name?: string;
  email?: string;
  phone?: string;
  customerId?: string;
  entities: Entities;
  intent: Intent;
  customerWords: number;
  attemptedCount: number;
  reasonIsSpecific: boolean;
};

/**
 * What an agent needs before saying hello, scored: who the customer is, how to reach them, what the
 * issue is, why the bot gave up, what was tried, and the identifiers the issue calls for (an order
 * for order and billing issues, an account for login issues, the error for technical ones).
 */
export function scoreCompleteness(c: Input): Completeness {
  const checks: Array<[string, boolean]> = [
    ['customer name', !!c.name],
    ['customer email or phone', !!(c.email || c.phone || c.entities.emails.length || c.entities.phones.length)],
    ['issue description', c.customerWords >= 4],
    ['intent', c.intent.label !== 'unknown'],
    ['handoff reason', c.reasonIsSpecific],
  ];
  const label = c.intent.label;
  if (/order|refund|charge|return|shipping|invoice/.test(label))
    checks.push(['order id', c.entities.orderIds.length > 0]);
  if (/account|login|password|subscription|security/.test(label))
    checks.push(['account id', !!c.customerId || c.entities.accountIds.length > 0 || c.entities.emails.length > 0]);
  if (/payment|refund|charge|billing/.test(label)) checks.push(['amount', c.entities.amounts.length > 0]);
  if (/technical|error|payment_failed/.test(label))
    checks.push(['error message or code', c.entities.errorCodes.length > 0]);
  checks.push(['what was tried', c.attemptedCount > 0]);
  const missing = checks.filter(([, ok]) => !ok).map(([what]) => what);
  return { score: Math.round(((checks.length - missing.length) / checks.length) * 100) / 100, missing };
}

export type { HandoffPackage };
