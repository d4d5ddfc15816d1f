import { z } from 'zod';
import {
  attemptOutcomeSchema,
  prioritySchema,
  reasonCodeSchema,
  sentimentLabelSchema,
  sentimentTrendSchema,
} from '../schema/handoff-package';

/**
 * What the model is asked to return (structured outputs, strict JSON schema). Optional values are
 * `.nullable()`, as strict mode requires. Only the parts where language matters; reason codes,
 * priority, redaction and completeness stay with the rules.
 */
export const llmOutputSchema = z.object({
  summary: z.string().min(1).max(1200),
  intent: z.object({ label: z.string().min(1).max(80), confidence: z.number().min(0).max(1) }),
  sentiment: z.object({ label: sentimentLabelSchema, score: z.number().min(-1).max(1), trend: sentimentTrendSchema }),
  attempted: z.array(z.object({ step: z.string().min(1).max(200), outcome: attemptOutcomeSchema })).max(20),
  customerProvided: z.array(z.string().min(1).max(200)).max(20),
  nextSteps: z.array(z.string().min(1).max(240)).min(1).max(6),
  suggestedGreeting: z.string().min(1).max(400),
  customerMessage: z.string().min(1).max(400),
  whisper: z.string().min(1).max(240),
  /** Reasons the model sees, each with the customer's words quoted as evidence. */
  extraTriggers: z.array(z.object({ code: reasonCodeSchema, evidence: z.string().min(1).max(300) })).max(10),
  /** A priority the model argues for, with quoted evidence; it can only raise the rules' priority. */
  priorityRaise: z.object({ priority: prioritySchema, evidence: z.string().min(1).max(300) }).nullable(),
  entities: z.object({
    orderIds: z.array(z.string().max(80)).max(20),
    accountIds: z.array(z.string().max(80)).max(20),
    emails: z.array(z.string().max(200)).max(20),
    errorCodes: z.array(z.string().max(80)).max(20),
    amounts: z
      .array(z.object({ value: z.number(), currency: z.string().min(1).max(8), text: z.string().max(40) }))
      .max(20),
  }),
});
export type LlmOutput = z.infer<typeof llmOutputSchema>;
