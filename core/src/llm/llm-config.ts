import { z } from 'zod';
import { parseOrThrow } from '../schema/validation-error';

/**
 * LLM summarizer settings, read from the environment. Any OpenAI-compatible server works through
 * `OPENAI_BASE_URL` (Azure OpenAI, Ollama, vLLM, LM Studio...).
 */
export const llmConfigSchema = z.object({
  apiKey: z.string().min(1, 'must be set (OPENAI_API_KEY)'),
  baseURL: z.url({ message: 'must be a URL such as http://127.0.0.1:11434/v1 (OPENAI_BASE_URL)' }).optional(),
  model: z.string().min(1).default('gpt-4o-mini'),
  /** The whole budget for one summary, retries included; past it the heuristic package is returned. */
  timeoutMs: z.coerce.number().int().min(100).max(120_000).default(8_000),
  maxTokens: z.coerce.number().int().min(64).max(16_000).default(1_200),
  /** Retries on 429/5xx/connection errors, inside the time budget. */
  maxRetries: z.coerce.number().int().min(0).max(5).default(2),
  /** USD per million input/output tokens, for the cost metric; defaults from a table of known models. */
  inputPricePerMTok: z.coerce.number().nonnegative().optional(),
  outputPricePerMTok: z.coerce.number().nonnegative().optional(),
  /** Summaries kept for identical transcripts. */
  cacheSize: z.coerce.number().int().min(0).max(100_000).default(1_000),
});
export type LlmConfig = z.infer<typeof llmConfigSchema>;

type Env = Record<string, string | undefined>;

/** The LLM settings from the environment, or undefined when no `OPENAI_API_KEY` is set. */
export function llmConfigFromEnv(env: Env = process.env): LlmConfig | undefined {
  if (!env.OPENAI_API_KEY) return undefined;
  const pick = (key: string) => (env[key] === undefined || env[key] === '' ? undefined : env[key]);
  return parseOrThrow(llmConfigSchema, {
    apiKey: env.OPENAI_API_KEY,
    baseURL: pick('OPENAI_BASE_URL'),
    model: pick('OPENAI_MODEL'),
    timeoutMs: pick('BATON_LLM_TIMEOUT_MS'),
    maxTokens: pick('BATON_LLM_MAX_TOKENS'),
    maxRetries: pick('BATON_LLM_MAX_RETRIES'),
    inputPricePerMTok: pick('BATON_LLM_INPUT_PRICE_PER_MTOK'),
    outputPricePerMTok: pick('BATON_LLM_OUTPUT_PRICE_PER_MTOK'),
    cacheSize: pick('BATON_LLM_CACHE_SIZE'),
  });
}
