import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarize, type HandoffPackage } from '@baton/core';

/** A package made by the real core from the shipped example transcript (refund-angry.json). */
export function examplePackage(): HandoffPackage {
  // Not `new URL(...)`: under jsdom that is jsdom's URL, which node:url refuses.
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples/refund-angry.json');
  return summarize(JSON.parse(readFileSync(path, 'utf8')));
}

/** The service's answer: a HandoffRecord with the package inside. */
export function exampleRecord(pkg: HandoffPackage = examplePackage()) {
  return {
    id: 'h_01',
    tenantId: 'default',
    handoffKey: pkg.conversationId,
    conversationId: pkg.conversationId,
    status: 'claimed',
    claimedBy: { name: 'Ana Agent', email: 'ana@acme.test' },
    ticketId: 4521,
    package: pkg,
    createdAt: '2026-01-19T14:06:00Z',
    updatedAt: '2026-01-19T14:07:00Z',
  };
}
