import { z } from 'zod';
import type { HandoffPackage, HandoffRecord } from '@baton/core';

/**
 * What the sidebar needs from `GET /v1/tickets/:id/handoff`. The service answers with the HandoffRecord
 * (`{id, status, claimedBy, package, ...}`) or the bare package; both are accepted. Parsing is strict on
 * what is shown and lenient on extras, so a newer service does not break an older app.
 */
const attemptSchema = z.object({
  step: z.string(),
  outcome: z.enum(['succeeded', 'failed', 'unknown']),
  source: z.string().optional(),
});
const messageSchema = z.object({ role: z.string(), text: z.string(), at: z.string().optional() });
const amountSchema = z.object({ value: z.number(), currency: z.string(), text: z.string() });
const stringList = z.array(z.string()).default([]);

export const packageViewSchema = z.object({
  conversationId: z.string(),
  reason: z.object({ code: z.string(), triggers: z.array(z.string()).default([]), detail: z.string().default('') }),
  priority: z.enum(['low', 'normal', 'high', 'urgent']),
  intent: z.object({ label: z.string(), confidence: z.number() }).optional(),
  sentiment: z.object({ label: z.string(), score: z.number(), trend: z.string() }).optional(),
  summary: z.string().default(''),
  customer: z
    .object({
      name: z.string().optional(),
      email: z.string().optional(),
      phone: z.string().optional(),
      tier: z.string().optional(),
      accountStatus: z.string().optional(),
      lifetimeValue: z.number().optional(),
      attributes: z.record(z.string(), z.unknown()).optional(),
    })
    .passthrough()
    .default({}),
  entities: z
    .object({
      orderIds: stringList,
      accountIds: stringList,
      emails: stringList,
      phones: stringList,
      urls: stringList,
      amounts: z.array(amountSchema).default([]),
      errorCodes: stringList,
      cardLast4: stringList,
      dates: stringList,
      products: stringList,
    })
    .default({
      orderIds: [],
      accountIds: [],
      emails: [],
      phones: [],
      urls: [],
      amounts: [],
      errorCodes: [],
      cardLast4: [],
      dates: [],
      products: [],
    }),
  attempted: z.array(attemptSchema).default([]),
  customerProvided: stringList,
  nextSteps: stringList,
  suggestedGreeting: z.string().default(''),
  completeness: z.object({ score: z.number().min(0).max(1), missing: stringList }).optional(),
  transcript: z.array(messageSchema).default([]),
});
export type PackageView = z.infer<typeof packageViewSchema>;

const claimedBySchema = z
  .object({ name: z.string().optional(), email: z.string().optional(), slackUserId: z.string().optional() })
  .passthrough();

const recordViewSchema = z.object({
  id: z.string(),
  status: z.string().optional(),
  claimedBy: claimedBySchema.optional(),
  claimedAt: z.string().optional(),
  package: packageViewSchema,
});

export type HandoffView = {
  handoffId: string;
  claimedBy?: string;
  pkg: PackageView;
};

const pendingRecordSchema = z.object({ id: z.string(), status: z.string() });

/** True for a record whose package is not made yet (the summarize job has not run). */
export function isPendingRecord(body: unknown): boolean {
  return pendingRecordSchema.safeParse(body).success && (body as { package?: unknown }).package == null;
}

/** Turns the service's answer into the view, or throws a ZodError naming the field. */
export function parseHandoffView(body: unknown): HandoffView {
  const asRecord = recordViewSchema.safeParse(body);
  if (asRecord.success) {
    const by = asRecord.data.claimedBy;
    const claimedBy = by?.name ?? by?.email ?? by?.slackUserId;
    return { handoffId: asRecord.data.id, pkg: asRecord.data.package, ...(claimedBy ? { claimedBy } : {}) };
  }
  const pkg = packageViewSchema.parse(body);
  const handoffKey = (body as { handoffKey?: unknown }).handoffKey;
  return { handoffId: typeof handoffKey === 'string' ? handoffKey : pkg.conversationId, pkg };
}

type Assert<T extends true> = T;
/** Compile-time check that the core's package and record still fit the view (no runtime cost). */
export type CoreShapesFit = Assert<
  HandoffPackage extends z.input<typeof packageViewSchema>
    ? Required<HandoffRecord>['package'] extends z.input<typeof packageViewSchema>
      ? true
      : false
    : false
>;
