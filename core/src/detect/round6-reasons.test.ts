import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import type { HandoffEventInput as HandoffEvent } from '../schema/handoff-event';
import { convo } from '../testing';

const triggersOf = (...messages: Array<[role: 'customer' | 'bot', text: string]>) =>
  summarize(convo(...messages)).reason.triggers;

describe('reasons read from phrasings of round 6', () => {
  it('"do not transfer me to another person" asks for no person', () => {
    expect(
      triggersOf(['customer', 'this is useless and do not transfer me to another person again just send a tech out']),
    ).not.toContain('customer_requested');
    expect(triggersOf(['customer', 'please transfer me to a person'])).toContain('customer_requested');
  });

  it('security: someone trying to get in (SMS French), payout details changed by someone else', () => {
    expect(triggersOf(['customer', '?? je suis jamais allée a letranger. qqn a essayé dentrer ??'])).toContain(
      'security_risk',
    );
    expect(
      triggersOf([
        'customer',
        "my claim says paid but I never got it and the bank account on my policy isn't mine anymore someone changed it",
      ]),
    ).toContain('security_risk');
  });

  it('money at stake: a fee the customer will not pay, a transfer not arrived, a claim paid but not received', () => {
    const high = (text: string) => expect(triggersOf(['customer', text])).toContain('high_value');
    high('auf der schlussrechnung steht eine pauschale von 340 euro, das stimmt so nicht, die wollen wir nicht zahlen');
    high("I sent a bank transfer of £2,500 five days ago and it's still not in my account");
    high('my claim for $1,240 says paid but I never got it');
    expect(triggersOf(['customer', 'I sent £2,500 yesterday and it arrived, thanks'])).not.toContain('high_value');
  });

  it('policy exceptions: a deadline moved (de), a bill paid later, more days asked for', () => {
    expect(triggersOf(['customer', 'Kann man die Frist für das Zertifikat um eine Woche verlängern?'])).toContain(
      'policy_exception',
    );
    expect(
      triggersOf(['customer', 'invoice is $3,200 due the 5th. any chance I can pay it on the 15th instead?']),
    ).toContain('policy_exception');
    expect(triggersOf(['customer', 'ya I know, just asking for 10 more days'])).toContain('policy_exception');
    expect(triggersOf(['customer', 'I can pay it on the 5th as planned'])).not.toContain('policy_exception');
  });

  it('"noch einmal:" before the question says it is asked again', () => {
    expect(triggersOf(['customer', 'Okay, noch einmal: Wie buche ich einen Raum für 12 Personen?'])).toContain(
      'repeated_failure',
    );
    expect(triggersOf(['customer', 'Hola de nuevo: han pasado 5 días y los cargos siguen ahí.'])).not.toContain(
      'repeated_failure',
    );
  });
});
