import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';
import type { HandoffEventInput as HandoffEvent } from '../schema/handoff-event';
import { convo } from '../testing';

const triggersOf = (event: HandoffEvent) => summarize(event).reason.triggers;

describe('reasons read from phrasings of round 5', () => {
  it('a harmless program is no security risk; an order the customer did not place is', () => {
    expect(
      triggersOf(
        convo(['customer', 'I use JoyRemap to remap buttons. not hacking or cheating or anything, is that allowed?']),
      ),
    ).not.toContain('security_risk');
    expect(
      triggersOf(convo(['customer', 'why does my account have 3 orders to brooklyn?? i didnt order any of that'])),
    ).toContain('security_risk');
  });

  it('money at stake: a deposit kept back, a claim denied, a payment taken twice, a bill to correct, a charge not made', () => {
    const high = (text: string) => expect(triggersOf(convo(['customer', text]))).toContain('high_value');
    high('You had 21 days to return my $2,150 security deposit. It has now been 37 days.');
    high("Le dépôt de garantie de 1 200 € devait m'être rendu sous un mois. On est mi-février et toujours rien.");
    high('Sie haben die Regulierung des Hagelschadens abgelehnt. Das Gutachten beziffert den Schaden auf 3.400,00 €.');
    high('i paid the deposit on tuesday and my bank shows it twice twenty four hundred dollars each');
    high('Sie fordern eine Nachzahlung von 1.284,37 €. Das kann nicht stimmen.');
    high('me ha llegado un cargo de 389,90 € en la tarjeta que yo no he hecho');
    high('belastung von 850 euro für einen angeblichen schaden, ich möchte das bitte anfechten');
    high('ok thx. will i get the $146.25 back');
    // the same amounts, nothing contested
    const calm = (text: string) => expect(triggersOf(convo(['customer', text]))).not.toContain('high_value');
    calm('I paid my $2,150 security deposit today, when do I get the keys?');
    calm(
      "i'm not disputing it or anything i'll pay it, i just don't get why the $1,240 bill was supposed to be covered",
    );
  });

  it('a person asked for again and again is a loop too', () => {
    const pkg = summarize(
      convo(
        ['customer', 'representative'],
        ['bot', 'What are you calling about?'],
        ['customer', 'representative please'],
        ['bot', "Sorry, I didn't catch that."],
        ['customer', 'i need to talk to a representative about my bill'],
      ),
    );
    expect(pkg.reason.triggers).toEqual(expect.arrayContaining(['customer_requested', 'repeated_failure']));
    expect(triggersOf(convo(['customer', 'representative please']))).not.toContain('repeated_failure');
  });

  it('"sorry to ask again" says the question is asked again', () => {
    expect(
      triggersOf(convo(['customer', 'Sorry to ask again, I just need to know roughly when the power will come back.'])),
    ).toContain('repeated_failure');
  });

  it("a logged action and the bot's words about it, or one instruction read twice, are one failed try", () => {
    const event: HandoffEvent = {
      conversationId: 'one-try',
      messages: [
        { role: 'customer', text: 'Someone got into my online banking.' },
        { role: 'bot', text: "I tried to send you a password reset link, but the reset didn't go through." },
      ],
      bot: { actions: [{ name: 'send_password_reset', status: 'failed' }] },
    };
    expect(summarize(event).reason.triggers).not.toContain('repeated_failure');
  });

  it('"isn\'t something I can do" is out of scope; Spanish "no se ha actualizado" is no "I don\'t know"', () => {
    expect(
      triggersOf(
        convo(
          ['customer', 'i need to add a lap infant to her ticket'],
          ['bot', "Adding an infant in lap isn't something I can do on this line; I'm transferring you."],
        ),
      ),
    ).toContain('out_of_scope');
    const pkg = summarize(
      convo(
        ['customer', 'LLEVO UNA HORA ESPERANDO. Sois una panda de inútiles'],
        ['bot', 'Lo siento. Su ubicación no se ha actualizado en 38 minutos. Estoy intentando contactarle.'],
      ),
    );
    expect(pkg.reason.triggers).not.toContain('out_of_scope');
    expect(
      triggersOf(convo(['customer', '¿Dónde está mi pedido?'], ['bot', 'No lo sé, lo siento. Le paso con un agente.'])),
    ).toContain('out_of_scope');
  });

  it('despair and an eye roll read as frustration', () => {
    const pkg = summarize(
      convo(['customer', 'eso es lo que te estoy diciendo 🙄'], ['customer', 'no, ya me estoy desesperando']),
    );
    expect(pkg.sentiment.label).toBe('negative');
    expect(pkg.reason.triggers).toContain('negative_sentiment');
  });

  it('"Thank you so much!" is warmth; "Thanks so much," over a name is a plain thanks', () => {
    const warm = summarize(
      convo([
        'customer',
        'Hi!\n\nWe toured the venue and could you call us?\n\nThank you so much!\nOlivia\nolivia@x.com',
      ]),
    );
    expect(warm.sentiment.label).toBe('positive');
  });
});
