import { describe, expect, it } from 'vitest';
import { spokenEmailsOf } from './spoken-email';
import { summarize } from '../summarize';

describe('an email address read out in a voice transcript', () => {
  it.each([
    ['my email is john dot smith at gmail dot com', 'john.smith@gmail.com'],
    ['its dana underscore w at outlook dot co dot uk', 'dana_w@outlook.co.uk'],
    ['email me at jsmith at yahoo dot com', 'jsmith@yahoo.com'],
    ['my address is um jsmith at web dot de', 'jsmith@web.de'],
  ])('"%s" is %s', (text, email) => expect(spokenEmailsOf(text)).toEqual([email]));

  it.each(['i looked at it at home', 'we met at google dot com headquarters', 'the dot on the map at home'])(
    '"%s" holds none',
    (text) => expect(spokenEmailsOf(text)).toEqual([]),
  );

  it('reaches the package', () => {
    const p = summarize({
      conversationId: 'v',
      channel: 'voice',
      messages: [{ role: 'customer', text: 'yeah so my email is mary dot jones at hotmail dot com' }],
    });
    expect(p.entities.emails).toContain('mary.jones@hotmail.com');
  });
});
