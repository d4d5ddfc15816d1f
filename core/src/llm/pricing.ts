/** USD per million tokens (input, output) of common models, for the cost metric. Unknown models cost 0 unless configured. */
const PRICES: ReadonlyArray<readonly [prefix: string, input: number, output: number]> = [
  ['gpt-4o-mini', 0.15, 0.6],
  ['gpt-4o', 2.5, 10],
  ['gpt-4.1-nano', 0.1, 0.4],
  ['gpt-4.1-mini', 0.4, 1.6],
  ['gpt-4.1', 2, 8],
  ['gpt-5-nano', 0.05, 0.4],
  ['gpt-5-mini', 0.25, 2],
  ['gpt-5', 1.25, 10],
];

export type Usage = { promptTokens: number; completionTokens: number };

export function costUsd(model: string, usage: Usage, override?: { input?: number; output?: number }): number {
  const known = PRICES.find(([prefix]) => model.startsWith(prefix));
  const input = override?.input ?? known?.[1] ?? 0;
  const output = override?.output ?? known?.[2] ?? 0;
  return (usage.promptTokens * input + usage.completionTokens * output) / 1_000_000;
}
