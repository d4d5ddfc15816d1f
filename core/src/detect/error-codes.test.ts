import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import { errorCodesOf } from './error-codes';

const errorCodes = (...texts: string[]) =>
  summarize({
    conversationId: 'e',
    messages: texts.map((text, i) => ({ role: i % 2 ? ('bot' as const) : ('customer' as const), text })),
  }).entities.errorCodes;

describe('error codes', () => {
  it.each([
    ["API calls to /v2/invoices are returning 429 even though we're under our rate limit", ['429']],
    ['the webhook endpoint keeps throwing a 503 since noon', ['503']],
    ['the checkout page fails with status 502', ['502']],
    ['The app shows code 1001 and won’t open', ['1001']],
  ])('"%s" has %j', (text, want) => expect(errorCodes(text)).toEqual(want));

  it('a name in capitals joined by hyphens after an error word, and a code after "failed:"', () => {
    expect(errorCodesOf('both attempts returned error SCHED-TIMEOUT from the scheduler', new Set())).toEqual([
      'SCHED-TIMEOUT',
    ]);
    expect(errorCodesOf('the upload failed again with SCHED-TIMEOUT', new Set())).toEqual(['SCHED-TIMEOUT']);
    expect(errorCodesOf('The upload failed: DOC_UNREADABLE.', new Set())).toEqual(['DOC_UNREADABLE']);
    expect(errorCodesOf('It failed: card declined. We drove to SAN-DIEGO', new Set())).toEqual([]);
  });

  it('an error name in capitals with underscores, in parentheses', () => {
    expect(
      errorCodes('I tried the selfie twice', 'Thanks. The verification failed again (IDV_LIVENESS_CHECK).'),
    ).toEqual(['IDV_LIVENESS_CHECK']);
    expect(errorCodes('it says (IDV_LIVENESS_FAIL) on the screen')).toEqual(['IDV_LIVENESS_FAIL']);
  });

  it.each([
    'my promo code FEAST20 expired yesterday, can u still apply it?',
    'My EOB shows code 99214 and I was billed $48 but I thought my plan covers office visits',
    'the billing code 99214 is on the statement',
    'my zip code 60614 is right',
    'I got 500 points on my card and the site says thanks',
    'I live in NEW_YORK',
  ])('"%s" has no error code', (text) => expect(errorCodes(text)).toEqual([]));
});

describe('two-digit codes of a decline or a device error', () => {
  it.each([
    ['Fehlermeldung: Code 43', '43'],
    ["message d'erreur « Paiement refusé (code 51) »", '51'],
    ['the claim was rejected with reject code 75 (prior authorization required)', '75'],
    ["the last decline came back with a generic 'do not honour' response (code 05).", '05'],
  ])('"%s" gives %s', (text, code) => {
    expect(errorCodes(text)).toEqual([code]);
  });

  it.each([
    'the promo code 20 does not work',
    'it failed, the code 12 times',
    'enter code 1 then it crashes',
    'code 43 is my door, all fine',
  ])('"%s" gives none', (text) => {
    expect(errorCodes(text)).toEqual([]);
  });
});
