import { describe, expect, it } from 'vitest';
import { detectAttempts } from './attempts';
import { handoffEventSchema } from '../schema/handoff-event';
import { bot, customer, makeEvent } from '../testing';
import { summarize } from '../summarize';

const attempts = (messages: ReturnType<typeof customer>[], extra = {}) =>
  detectAttempts(handoffEventSchema.parse(makeEvent(messages, extra)));

describe('attempted steps', () => {
  it('takes every bot action with its outcome', () => {
    expect(
      attempts([customer('help')], {
        bot: {
          actions: [
            { name: 'verify_card', status: 'succeeded' },
            { name: 'retry_charge', status: 'failed' },
            { name: 'refund', status: 'pending' },
          ],
        },
      }),
    ).toEqual([
      { step: 'verify_card', outcome: 'succeeded', source: 'bot_action' },
      { step: 'retry_charge', outcome: 'failed', source: 'bot_action' },
      { step: 'refund', outcome: 'unknown', source: 'bot_action' },
    ]);
  });

  it('reads what the bot did and whether the customer says it worked', () => {
    const steps = attempts([
      customer("I can't log in"),
      bot("I've sent a password reset link to your email."),
      customer("that didn't work, I never got the email"),
    ]);
    expect(steps).toEqual([
      { step: 'sent a password reset link to your email', outcome: 'failed', source: 'transcript' },
    ]);
  });

  it('a lookup the bot made is done, whatever the customer says next', () => {
    const steps = attempts([
      customer('where is my order'),
      bot("I've checked your order and it shipped Monday."),
      customer('still not here!'),
    ]);
    expect(steps[0]).toMatchObject({ step: 'checked your order', outcome: 'succeeded' });
  });

  it('reads what the customer already tried: "tried" implies it failed', () => {
    const steps = attempts([
      customer('I already tried restarting the router and I also cleared the cache but it still fails'),
    ]);
    expect(steps.map((s) => [s.step, s.outcome])).toEqual([
      ['tried restarting the router', 'failed'],
      ['cleared the cache', 'failed'],
    ]);
  });

  it('a suggestion counts once the customer answers it', () => {
    const steps = attempts([
      customer('the app crashes'),
      bot('Please reinstall the app from the store.'),
      customer('ok that worked, thanks'),
    ]);
    expect(steps).toEqual([{ step: 'reinstall the app from the store', outcome: 'succeeded', source: 'transcript' }]);
  });

  it('reads "I couldn\'t ..." from the bot as a failed step, in other languages too', () => {
    expect(attempts([customer('refund please'), bot("Sorry, I couldn't process the refund.")])[0]).toMatchObject({
      step: 'process the refund',
      outcome: 'failed',
    });
    expect(attempts([customer('Ya intenté reiniciar el módem')])[0]).toMatchObject({ outcome: 'failed' });
  });
  it("reads the bot's own words for a step and its outcome, as bots phrase them", () => {
    const cases: Array<[string, string, string, string]> = [
      [
        "I've gone ahead and sent a new verification code to your phone.",
        'still nothing',
        'sent a new verification code to your phone',
        'failed',
      ],
      [
        'I tried to process your refund but the payment system returned an error.',
        'ugh',
        'tried to process your refund',
        'failed',
      ],
      [
        'I attempted to update your shipping address, but the order has already shipped.',
        'so what now',
        'attempted to update your shipping address',
        'failed',
      ],
      ['Let me resend the confirmation email.', 'nope, not there', 'resend the confirmation email', 'failed'],
      ['Can you try restarting the app?', 'yes I did that twice already', 'try restarting the app', 'failed'],
    ];
    for (const [said, answer, step, outcome] of cases)
      expect([said, attempts([customer('I need help with my account'), bot(said), customer(answer)])]).toEqual([
        said,
        [{ step, outcome, source: 'transcript' }],
      ]);
    // a question to confirm details is no step, whatever the answer
    expect(attempts([bot('Can you confirm me that you wish to book a table at 7pm?'), customer('yes')])).toEqual([]);
    // "let me ..." with no answer yet says nothing of how it went
    expect(attempts([bot('Let me resend the confirmation email.')])).toEqual([]);
  });
});

describe('steps customers report the way they type and talk', () => {
  const steps = (texts: string[]) =>
    summarize({
      conversationId: 's',
      messages: texts.map((text, i) => ({ role: i % 2 ? ('bot' as const) : ('customer' as const), text })),
    }).attempted.map((a) => [a.step, a.outcome]);

  it.each([
    ['app crashes on start. Reinstalled the app, no luck', [['Reinstalled the app', 'failed']]],
    ['Restarted it twice already, still dead', [['Restarted it twice already', 'failed']]],
    ['Already did a factory reset and it keeps rebooting', [['did a factory reset', 'failed']]],
    ["tried logging out and back in, didn't help", [['tried logging out and back in', 'failed']]],
    [
      'He probado a reinstalar la app y cambiar la contraseña, nada',
      [['He probado a reinstalar la app y cambiar la contraseña', 'failed']],
    ],
  ])('%s', (text, want) => expect(steps([text as string])).toEqual(want));

  it("a list after \"I've already ...\" is one step each, failed, in the customer's words rather than the suggestion's", () => {
    expect(
      steps([
        "the site won't load",
        'Have you tried clearing your cache?',
        "I've already cleared cache and cookies, tried incognito and a different browser",
      ]),
    ).toEqual([
      ['cleared cache and cookies', 'failed'],
      ['tried incognito and a different browser', 'failed'],
    ]);
  });

  it('"ok" then "no" to "is it working now?" failed; "I checked" answers "please check"', () => {
    expect(
      steps(['no internet', 'Could you try turning the router off and on again?', 'ok', 'Is it working now?', 'no']),
    ).toEqual([['try turning the router off and on again', 'failed']]);
    expect(
      steps(['my tv has no signal', 'Please check that the HDMI cable is connected firmly.', 'yes it is, I checked']),
    ).toEqual([['check that the HDMI cable is connected firmly', 'failed']]);
  });

  it('"I already called my bank" reports a contact, not a failed fix', () => {
    expect(steps(['I already called my bank and they said it went through twice'])).toEqual([
      ['called my bank', 'unknown'],
    ]);
  });

  it('"Changed my mind, thanks" or a question is no step', () => {
    expect(steps(['how do i reset my pin?'])).toEqual([]);
  });
});

describe('a request is no step reported', () => {
  const steps = (text: string) =>
    summarize({ conversationId: 's', messages: [{ role: 'customer', text }] }).attempted.map((a) => [
      a.step,
      a.outcome,
    ]);
  it('"Reset my password please" asks; "Reset it twice already, nothing" reports', () => {
    expect(steps('Reset my password please')).toEqual([]);
    expect(steps('Reset it twice already, nothing')).toEqual([['Reset it twice already', 'failed']]);
  });
});

describe('a link or code that expired did not work', () => {
  const outcome = (bot: string, customer: string) =>
    summarize({
      conversationId: 'x',
      messages: [
        { role: 'bot', text: bot },
        { role: 'customer', text: customer },
      ],
    }).attempted[0]?.outcome;
  it.each([
    ["I've sent a password reset link to your email.", 'got it but the link says expired'],
    ['Te he enviado un código de verificación.', 'el código ha caducado'],
    ['Je vous ai envoyé un lien.', 'le lien a expiré'],
    ['Ich habe Ihnen einen Link geschickt.', 'der Link ist abgelaufen'],
  ])('"%s" / "%s" failed', (bot, customer) => expect(outcome(bot, customer)).toBe('failed'));

  it('a new code that works after the old one expired succeeded', () =>
    expect(outcome("I've sent a new code.", 'got it, works now, the old one had expired')).toBe('succeeded'));
});
