import { describe, expect, it } from 'vitest';
import { summarize } from './summarize';
import { handoffPackageSchema } from './schema/handoff-package';
import { ValidationError } from './schema/validation-error';
import { customer, makeEvent } from './testing';

describe('summarize', () => {
  it('returns a package that satisfies the contract schema', () => {
    const pkg = summarize(makeEvent([customer('My card keeps getting declined')]));
    expect(handoffPackageSchema.parse(pkg).conversationId).toBe('c-test');
  });

  it('refuses an event without messages, naming the field', () => {
    expect(() => summarize({ conversationId: 'c1', messages: [] })).toThrow(ValidationError);
    try {
      summarize({ conversationId: 'c1', messages: [] });
    } catch (err) {
      expect((err as ValidationError).issues[0]?.path).toBe('messages');
    }
  });
});
