import { z } from 'zod';
import { prioritySchema, reasonCodeSchema } from '../schema/handoff-package';

/**
 * Policy: every threshold, word list and rule of the contract, as configuration. Defaults are the
 * contract's. A JSON file can override any key (`baton summarize --policy FILE`); unknown keys are
 * refused by name.
 */
export const policySchema = z
  .object({
    /** Bot confidence under this fires `low_confidence` (contract default 0.40). */
    lowConfidenceThreshold: z.number().min(0).max(1).default(0.4),
    /** Money at stake above this, in any currency, fires `high_value` (default 100). */
    highValueThreshold: z.number().nonnegative().default(100),
    /** Customer repeats the same question this many times: `repeated_failure` (default 3). */
    repeatedQuestionCount: z.number().int().min(2).default(3),
    /** The bot fails the same step this many times: `repeated_failure` (default 2). */
    repeatedBotFailureCount: z.number().int().min(1).default(2),
    /** VIP rule: tiers (case-insensitive) and an optional lifetime value floor. */
    vip: z
      .object({
        tiers: z.array(z.string()).default(['enterprise', 'vip']),
        minLifetimeValue: z.number().nonnegative().optional(),
      })
      .strict()
      .default({ tiers: ['enterprise', 'vip'] }),
    /** Extra words/phrases per reason code (added to the built-in lists, case-insensitive). */
    extraPhrases: z.partialRecord(reasonCodeSchema, z.array(z.string())).default({}),
    /** Reason codes switched off entirely. */
    disabledReasons: z.array(reasonCodeSchema).default([]),
    /** Priority mapping: the priority each reason raises to (contract section 4). */
    priorityByReason: z
      .object({
        customer_requested: prioritySchema.default('normal'),
        security_risk: prioritySchema.default('urgent'),
        legal_compliance: prioritySchema.default('urgent'),
        negative_sentiment: prioritySchema.default('high'),
        repeated_failure: prioritySchema.default('high'),
        high_value: prioritySchema.default('high'),
        policy_exception: prioritySchema.default('normal'),
        vip_customer: prioritySchema.default('high'),
        low_confidence: prioritySchema.default('normal'),
        out_of_scope: prioritySchema.default('low'),
      })
      .strict()
      .default({
        customer_requested: 'normal',
        security_risk: 'urgent',
        legal_compliance: 'urgent',
        negative_sentiment: 'high',
        repeated_failure: 'high',
        high_value: 'high',
        policy_exception: 'normal',
        vip_customer: 'high',
        low_confidence: 'normal',
        out_of_scope: 'low',
      }),
    /** Angry sentiment with a VIP customer raises to this (contract: urgent). */
    angryVipPriority: prioritySchema.default('urgent'),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

/** The contract's defaults. */
export const DEFAULT_POLICY: Policy = policySchema.parse({});
