import { z } from 'zod';
import { customerSchema, isoDateTimeSchema, roleSchema } from './handoff-event';

export const reasonCodeSchema = z.enum([
  'customer_requested',
  'security_risk',
  'legal_compliance',
  'negative_sentiment',
  'repeated_failure',
  'high_value',
  'policy_exception',
  'vip_customer',
  'low_confidence',
  'out_of_scope',
]);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;
/** Reason codes in order of precedence (contract section 3): the primary reason is the first that fires. */
export const REASON_CODES: readonly ReasonCode[] = reasonCodeSchema.options;

export const prioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export type Priority = z.infer<typeof prioritySchema>;
export const PRIORITIES: readonly Priority[] = prioritySchema.options;

export const sentimentLabelSchema = z.enum(['positive', 'neutral', 'negative', 'angry']);
export type SentimentLabel = z.infer<typeof sentimentLabelSchema>;
export const sentimentTrendSchema = z.enum(['improving', 'steady', 'worsening']);

export const reasonSchema = z.object({
  code: reasonCodeSchema,
  triggers: z.array(reasonCodeSchema).min(1),
  detail: z.string(),
});
export type Reason = z.infer<typeof reasonSchema>;

export const intentSchema = z.object({
  label: z.string().min(1),
  confidence: z.number().min(0).max(1),
});
export type Intent = z.infer<typeof intentSchema>;

export const sentimentSchema = z.object({
  label: sentimentLabelSchema,
  score: z.number().min(-1).max(1),
  trend: sentimentTrendSchema,
});
export type Sentiment = z.infer<typeof sentimentSchema>;

export const amountSchema = z.object({
  value: z.number().finite(),
  currency: z.string().min(1).max(8),
  text: z.string(),
});
export type Amount = z.infer<typeof amountSchema>;

export const entitiesSchema = z.object({
  orderIds: z.array(z.string()),
  accountIds: z.array(z.string()),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  urls: z.array(z.string()),
  amounts: z.array(amountSchema),
  errorCodes: z.array(z.string()),
  cardLast4: z.array(z.string()),
  dates: z.array(z.string()),
  products: z.array(z.string()),
});
export type Entities = z.infer<typeof entitiesSchema>;
export type EntityKind = keyof Entities;

export const attemptOutcomeSchema = z.enum(['succeeded', 'failed', 'unknown']);
export type AttemptOutcome = z.infer<typeof attemptOutcomeSchema>;
export const attemptSchema = z.object({
  step: z.string().min(1),
  outcome: attemptOutcomeSchema,
  source: z.enum(['bot_action', 'transcript']),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const completenessSchema = z.object({
  score: z.number().min(0).max(1),
  missing: z.array(z.string()),
});
export type Completeness = z.infer<typeof completenessSchema>;

export const transcriptMessageSchema = z.object({
  role: roleSchema,
  text: z.string(),
  at: isoDateTimeSchema.optional(),
});

export const summarizerNameSchema = z.union([
  z.literal('heuristic'),
  z.literal('llm-fallback'),
  z.string().regex(/^llm:.+$/, 'must be heuristic, llm-fallback or llm:<model>'),
]);

/** What the core returns: contract section 2. Every other part consumes this schema. */
export const handoffPackageSchema = z.object({
  conversationId: z.string().min(1),
  handoffKey: z.string().min(1).optional(),
  channel: z.string().optional(),
  reason: reasonSchema,
  priority: prioritySchema,
  intent: intentSchema,
  sentiment: sentimentSchema,
  summary: z.string(),
  customer: customerSchema,
  entities: entitiesSchema,
  attempted: z.array(attemptSchema),
  customerProvided: z.array(z.string()),
  nextSteps: z.array(z.string()),
  suggestedGreeting: z.string(),
  customerMessage: z.string(),
  whisper: z.string(),
  completeness: completenessSchema,
  redactions: z.number().int().nonnegative(),
  transcript: z.array(transcriptMessageSchema),
  summarizer: summarizerNameSchema,
  /** Extension: why the LLM summarizer fell back (only with `llm-fallback`). */
  summarizerNote: z.string().optional(),
  version: z.literal(1),
});
export type HandoffPackage = z.infer<typeof handoffPackageSchema>;

export function emptyEntities(): Entities {
  return {
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
  };
}
