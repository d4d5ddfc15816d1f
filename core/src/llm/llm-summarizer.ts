import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { LRUCache } from 'lru-cache';
import type { Summarizer } from '../ports';
import type { HandoffPackage } from '../schema/handoff-package';
import { DEFAULT_POLICY, type Policy } from '../policy/policy-config';
import { summarize } from '../summarize';
import type { LlmConfig } from './llm-config';
import { llmOutputSchema, type LlmOutput } from './llm-output-schema';
import { buildPrompt } from './prompt';
import { mergeLlmOutput } from './merge';
import { costUsd } from './pricing';

/** One model call (or cache hit), for metrics: cost and latency per call. */
export type LlmCallStats = {
  model: string;
  outcome: 'ok' | 'fallback' | 'cached';
  /** Why it fell back: timeout, rate_limited, server_error, refusal, truncated, invalid_output, ... */
  reason?: string;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  /** Identifiers or texts dropped because the transcript does not hold them. */
  dropped: string[];
};

export type LlmSummarizerOptions = {
  config: LlmConfig;
  policy?: Policy;
  /** Injected for tests or a custom transport; built from `config` otherwise. */
  client?: OpenAI;
  onCall?: (stats: LlmCallStats) => void;
};

export class LlmFailure extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'LlmFailure';
  }
}

type Answer = { output: LlmOutput; promptTokens: number; completionTokens: number };

/**
 * The LLM summarizer: the heuristic package first (validation, redaction, reasons, priority,
 * entities), then the model for the language, merged under the rules. Any failure (timeout, 429,
 * 5xx, refusal, truncation, invalid output) returns the heuristic package marked `llm-fallback`
 * within the time budget. Identical redacted transcripts are answered from a cache.
 */
export function createLlmSummarizer(options: LlmSummarizerOptions): Summarizer {
  const { config } = options;
  const policy = options.policy ?? DEFAULT_POLICY;
  const client =
    options.client ??
    new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.baseURL,
      timeout: config.timeoutMs,
      maxRetries: config.maxRetries,
    });
  const cache = config.cacheSize > 0 ? new LRUCache<string, Answer>({ max: config.cacheSize }) : undefined;
  const inFlight = new Map<string, Promise<Answer>>();
  const report = options.onCall ?? (() => {});

  async function ask(heuristic: HandoffPackage, signal: AbortSignal): Promise<Answer> {
    let completion;
    try {
      completion = await client.chat.completions.parse(
        {
          model: config.model,
          messages: buildPrompt(heuristic),
          response_format: zodResponseFormat(llmOutputSchema, 'handoff_package'),
          max_completion_tokens: config.maxTokens,
          temperature: 0.2,
        },
        { signal, maxRetries: config.maxRetries, timeout: config.timeoutMs },
      );
    } catch (err) {
      throw classify(err, signal);
    }
    const choice = completion.choices[0];
    if (!choice) throw new LlmFailure('invalid_output', 'the model returned no choice');
    if (choice.message.refusal)
      throw new LlmFailure('refusal', `the model refused: ${choice.message.refusal.slice(0, 200)}`);
    // Compatible servers may ignore strict mode: validate again.
    const checked = llmOutputSchema.safeParse(choice.message.parsed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new LlmFailure(
        'invalid_output',
        `the model's answer failed validation at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    return {
      output: checked.data,
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
    };
  }

  return {
    async summarize(event) {
      const heuristic = summarize(event, policy); // throws ValidationError for bad input, before any call
      const started = performance.now();
      const key = cacheKey(config.model, heuristic);
      const cached = cache?.get(key);
      let answer: Answer;
      let outcome: LlmCallStats['outcome'] = 'ok';
      try {
        if (cached) {
          answer = cached;
          outcome = 'cached';
        } else {
          let pending = inFlight.get(key);
          if (!pending) {
            pending = ask(heuristic, AbortSignal.timeout(config.timeoutMs)).finally(() => inFlight.delete(key));
            inFlight.set(key, pending);
          }
          answer = await pending;
          cache?.set(key, answer);
        }
      } catch (err) {
        const failure =
          err instanceof LlmFailure ? err : new LlmFailure('error', err instanceof Error ? err.message : String(err));
        report({
          model: config.model,
          outcome: 'fallback',
          reason: failure.reason,
          latencyMs: performance.now() - started,
          promptTokens: 0,
          completionTokens: 0,
          costUsd: 0,
          dropped: [],
        });
        return { ...heuristic, summarizer: 'llm-fallback', summarizerNote: `${failure.reason}: ${failure.message}` };
      }
      const { pkg, dropped } = mergeLlmOutput(heuristic, answer.output, config.model, policy);
      const usage = { promptTokens: answer.promptTokens, completionTokens: answer.completionTokens };
      report({
        model: config.model,
        outcome,
        latencyMs: performance.now() - started,
        ...(outcome === 'cached'
          ? { promptTokens: 0, completionTokens: 0, costUsd: 0 }
          : {
              ...usage,
              costUsd: costUsd(config.model, usage, {
                input: config.inputPricePerMTok,
                output: config.outputPricePerMTok,
              }),
            }),
        dropped,
      });
      return pkg;
    },
  };
}

function cacheKey(model: string, heuristic: HandoffPackage): string {
  const basis = JSON.stringify([
    model,
    heuristic.channel,
    heuristic.customer,
    heuristic.attempted,
    heuristic.transcript,
    heuristic.reason.triggers,
  ]);
  return createHash('sha256').update(basis).digest('hex');
}

function classify(err: unknown, signal: AbortSignal): LlmFailure {
  if (signal.aborted || err instanceof OpenAI.APIUserAbortError || err instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmFailure('timeout', 'the model did not answer within the time budget');
  }
  if (err instanceof OpenAI.RateLimitError)
    return new LlmFailure('rate_limited', 'the model server answered 429 (rate limited)');
  if (err instanceof OpenAI.InternalServerError)
    return new LlmFailure('server_error', `the model server answered ${err.status}`);
  if (err instanceof OpenAI.APIError && err.status !== undefined)
    return new LlmFailure(`http_${err.status}`, err.message);
  if (err instanceof LengthFinishReasonError)
    return new LlmFailure('truncated', 'the answer was cut off at the token limit');
  if (err instanceof ContentFilterFinishReasonError)
    return new LlmFailure('refusal', 'the answer was stopped by the content filter');
  if (err instanceof SyntaxError)
    return new LlmFailure('invalid_output', `the answer was not valid JSON: ${err.message}`);
  if (err instanceof OpenAI.APIConnectionError) return new LlmFailure('connection', err.message);
  return new LlmFailure('invalid_output', err instanceof Error ? err.message : String(err));
}
