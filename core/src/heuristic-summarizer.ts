import type { Summarizer } from './ports';
import { DEFAULT_POLICY, type Policy } from './policy/policy-config';
import { summarize } from './summarize';

/** The heuristic summarizer behind the Summarizer port. */
export function createHeuristicSummarizer(policy: Policy = DEFAULT_POLICY): Summarizer {
  return { summarize: async (event) => summarize(event, policy) };
}
