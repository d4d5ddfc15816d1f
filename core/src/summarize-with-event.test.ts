import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarize, summarizeWithRedactedEvent } from './summarize';
import { redactEvent } from './redact';
import { handoffEventSchema } from './schema/handoff-event';
import { ValidationError } from './schema/validation-error';
import { customer, makeEvent } from './testing';

const examplesDir = fileURLToPath(new URL('../../examples', import.meta.url));
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${examplesDir}/${f}`, 'utf8')) as unknown);

describe('summarizeWithRedactedEvent', () => {
  it("hands back summarize's package and the event redactEvent makes of the parsed input", () => {
    const inputs = [
      ...examples,
      makeEvent([customer('My card 4111 1111 1111 1111 was charged twice, my password is hunter22, agent please')]),
    ];
    for (const input of inputs) {
      const { package: pkg, event } = summarizeWithRedactedEvent(input);
      expect(JSON.stringify(pkg)).toBe(JSON.stringify(summarize(input)));
      expect(JSON.stringify(event)).toBe(JSON.stringify(redactEvent(handoffEventSchema.parse(input)).event));
    }
  });

  it('refuses what summarize refuses, with the same error', () => {
    const bad = { conversationId: 'c1', messages: [] };
    expect(() => summarizeWithRedactedEvent(bad)).toThrow(ValidationError);
    try {
      summarizeWithRedactedEvent(bad);
    } catch (err) {
      expect((err as ValidationError).issues[0]?.path).toBe('messages');
    }
  });
});
