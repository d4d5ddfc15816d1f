import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';

type Said = { role: 'customer' | 'bot'; text: string };
const c = (text: string): Said => ({ role: 'customer', text });
const b = (text: string): Said => ({ role: 'bot', text });
/** The steps read from a conversation, as [step, outcome]. */
const steps = (messages: Said[]) =>
  summarize({ conversationId: 't', messages })
    .attempted.filter((a) => a.source === 'transcript')
    .map((a) => [a.step, a.outcome]);

describe('a step the bot offered and the customer turned down', () => {
  it('was tried and did not get them what they need', () => {
    expect(
      steps([
        c('my flight to boston got cancelled'),
        b('The next flight with open seats is on March 8 at 9:15 AM. Would you like me to rebook you?'),
        c('march eighth no are you kidding me i have a funeral on saturday'),
        b('I understand. I can also add you to the standby list for the morning flight.'),
        c('standby no i need a confirmed seat'),
      ]),
    ).toEqual([
      ['rebook you', 'failed'],
      ['add you to the standby list for the morning flight', 'failed'],
    ]);
    expect(
      steps([
        c('me cancelaron el vuelo'),
        b('¿Quiere que le cambie el vuelo al lunes?'),
        c('No, gracias, el lunes no me sirve'),
      ]),
    ).toEqual([['cambie el vuelo al lunes', 'failed']]);
    expect(
      steps([
        c('mauvaise taille'),
        b('Voulez-vous que je crée une étiquette de retour ?'),
        c('NON. Je veux mon manteau.'),
      ]),
    ).toEqual([['crée une étiquette de retour', 'failed']]);
  });

  it('not when they accept, answer another question, name nothing, or the offer is a person', () => {
    for (const [offer, answer] of [
      ['Would you like me to dispute this charge?', 'no i mean yes but i want a person'],
      ['Would you like me to email you the receipt? Anything else?', 'no'],
      ['Would you like me to connect you with an agent?', 'no need for an agent if you can just reverse it'],
      ['Voulez-vous que je vérifie ?', "Non c'est correct."],
      ['Shall I open a claim for the parcel?', 'no problem, yes please'],
      ['I can see the parcel was delivered.', 'no it was not'],
    ])
      expect(steps([c('help'), b(offer!), c(answer!)]), offer).toEqual([]);
  });
});

describe('what the bot suggested, in the forms a reply takes', () => {
  it('a gerund the bot asks them to try ("clears after logging out and back in. Could you try that?")', () => {
    expect(
      steps([
        c('bought the crystals pack, no crystals in game'),
        b("Delivery didn't go through. This sometimes clears after logging out and back in. Could you try that?"),
        c('did that twice, still 0 crystals'),
      ]),
    ).toEqual([['logging out and back in', 'failed']]);
  });

  it('where to look, and the place holds only part of it', () => {
    expect(
      steps([
        c('Pourriez-vous nous transmettre le rapport SOC 2 Type II ?'),
        b('Vous trouverez nos documents de sécurité sur notre Trust Center : https://trust.example.io'),
        c('Le Trust Center ne contient que le rapport SOC 2 Type I de 2024.'),
      ]),
    ).toEqual([['Vous trouverez nos documents de sécurité sur notre Trust Center', 'failed']]);
    expect(
      steps([
        c('je veux changer de compte de prélèvement'),
        b('Rendez-vous dans votre espace client, rubrique « Mes mandats ».'),
        c("J'ai essayé dans l'espace client mais la rubrique « Mes mandats » n'affiche que l'ancien compte."),
      ]),
    ).toEqual([
      ['Rendez-vous dans votre espace client, rubrique « Mes mandats »', 'failed'],
      ["J'ai essayé dans l'espace client", 'failed'],
    ]);
    expect(
      steps([
        c('where are my tax forms?'),
        b("You'll find your tax forms under Documents."),
        c("Documents only has last year's forms."),
      ]),
    ).toEqual([['find your tax forms under Documents', 'failed']]);
  });

  it('where to look, and their own step there: one try of theirs, not the bot failing the same step twice', () => {
    const handoff = summarize({
      conversationId: 't',
      messages: [
        c('je veux changer de compte de prélèvement'),
        b('Rendez-vous dans votre espace client, rubrique « Mes mandats ».'),
        c("J'ai essayé dans l'espace client mais la rubrique « Mes mandats » n'affiche que l'ancien compte."),
      ],
    });
    expect(handoff.attempted.filter((a) => a.outcome === 'failed')).toHaveLength(2);
    expect(handoff.reason.triggers).not.toContain('repeated_failure');
  });

  it('where to look, answered with a step of their own that names nothing of it: their step is what went', () => {
    expect(
      steps([
        c('Would it be possible to extend my access?'),
        b('Extensions can be purchased from your dashboard. For other requests, please see our extensions policy.'),
        c('I did try the dashboard, but the extension option is greyed out.'),
      ]),
    ).toEqual([['try the dashboard', 'failed']]);
  });
});

describe('what the customer says they did, in more of the ways it is said', () => {
  it('the emphatic past ("I did try", "we did call"), of the kind its verb says', () => {
    expect(steps([c('I did try the dashboard, but the option is greyed out.')])).toEqual([
      ['try the dashboard', 'failed'],
    ]);
    expect(steps([c('We did call the hotline last week.')])).toEqual([['call the hotline last week', 'unknown']]);
  });

  it('questions answered, forms filled in, and the system that still refused', () => {
    expect(steps([c('I answered the verification questions correctly and the system still refused me.')])).toEqual([
      ['answered the verification questions correctly', 'failed'],
    ]);
    expect(steps([c('I filled in the claim form twice.')])).toEqual([['filled in the claim form twice', 'failed']]);
  });

  it('French with what it was done to said before, agreeing with it', () => {
    expect(steps([c("votre app plante, et je l'ai déjà réinstallée deux fois")])).toEqual([
      ["je l'ai déjà réinstallée deux fois", 'failed'],
    ]);
    expect(steps([c("j'ai vidé le cache, je les ai renvoyés hier")])).toEqual([
      ["j'ai vidé le cache", 'failed'],
      ['je les ai renvoyés hier', 'failed'],
    ]);
  });

  it('German with the object first ("die Batterie hab ich ... gewechselt"), and an error that came', () => {
    expect(steps([c('ja aber die batterie hab ich doch gestern schon gewechselt und es piept immer noch')])).toEqual([
      ['die batterie hab ich doch gestern schon gewechselt', 'failed'],
    ]);
    expect(
      steps([c('den Zählerstand habe ich über Ihr Formular gemeldet, es kam aber nur eine Fehlermeldung.')]),
    ).toEqual([['den Zählerstand habe ich über Ihr Formular gemeldet', 'failed']]);
    expect(steps([c('An unserem Haushalt hat sich nichts geändert.')])).toEqual([]);
    expect(steps([c('Das Passwort habe ich nicht geändert.')])).toEqual([]);
  });

  it('what works for them elsewhere succeeded: the step itself worked', () => {
    expect(
      steps([c("the desktop client says my vault is sealed. I can log in on the web fine, so it's not the password")]),
    ).toEqual([['log in on the web', 'succeeded']]);
    expect(steps([c('Desde el navegador puedo entrar en mi cuenta sin problema.')])).toEqual([
      ['entrar en mi cuenta', 'succeeded'],
    ]);
    expect(steps([c("Je peux me connecter sur le site sans souci, c'est l'appli qui bloque.")])).toEqual([
      ['me connecter sur le site', 'succeeded'],
    ]);
    expect(steps([c('Im Browser kann ich mich problemlos anmelden, nur die App nicht.')])).toEqual([
      ['Im Browser kann ich mich problemlos anmelden', 'succeeded'],
    ]);
    expect(steps([c("I can't log in on the web, it says fine print")])).toEqual([]);
  });

  it('someone they talked to is no step ("faster than the last human I talked to on here")', () => {
    expect(steps([c("jk honestly you've been faster than the last human I talked to on here")])).toEqual([]);
    expect(steps([c('the agent I spoke to yesterday promised a refund')])).toEqual([]);
    expect(steps([c('I spoke to your colleague yesterday and nothing happened')])).toEqual([
      ['spoke to your colleague yesterday', 'failed'],
    ]);
  });

  it('a step ends before what it was for ("so the bill can be corrected")', () => {
    expect(
      steps([
        c('my bill is wrong'),
        b('I can set up a meter reading appointment so the bill can be corrected.'),
        c('no i want the bill fixed now'),
      ]),
    ).toEqual([['set up a meter reading appointment', 'failed']]);
  });
});

describe('a pointer in the passive', () => {
  it('"can be invited from ..." / "tried that, it says seat limit reached" failed', () => {
    expect(
      steps([
        c('We need 3 new starters added to our team plan'),
        b('New members can be invited from the admin dashboard under Team > Invite. Would you like the link?'),
        c('Tried that, it says seat limit reached. Can I get a real person?'),
      ]),
    ).toEqual([['invited from the admin dashboard under Team > Invite', 'failed']]);
  });

  it.each([
    ['Los miembros se pueden invitar desde el panel de administración.', 'no funciona, sale un error', 'invitar'],
    [
      "Les membres peuvent être invités depuis le tableau de bord d'administration.",
      "ça n'a pas marché, toujours une erreur",
      'depuis le tableau de bord',
    ],
    ['Mitglieder können im Dashboard unter Team eingeladen werden.', 'hat nicht funktioniert', 'eingeladen'],
  ])('in Spanish, French and German: %s', (pointer, answer, word) => {
    const got = steps([c('help with the team'), b(pointer), c(answer)]);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toContain(word);
    expect(got[0]![1]).toBe('failed');
  });

  it('no step from what something can be ("it can be slow in the evenings")', () =>
    expect(
      steps([c('the site is slow'), b('It can be slow in the evenings. Anything else?'), c('no that does not help')]),
    ).toEqual([]));
});

describe('"have you tried X?" whatever X is', () => {
  it('answered "yes I did it, useless": failed', () => {
    expect(
      steps([
        c("my inverter's been showing a red light for two weeks"),
        b('I see an open ticket for your system with fault code E035 have you tried power cycling the inverter'),
        c(
          'yes I power cycled it I did it three times your last guy told me to this is absolutely useless just send a tech out',
        ),
      ]),
    ).toEqual([['power cycling the inverter', 'failed']]);
  });

  it('in German: "Haben Sie schon einen Neustart versucht?" / "ja, bringt nichts"', () =>
    expect(
      steps([c('das Gerät geht nicht'), b('Haben Sie schon einen Neustart versucht?'), c('ja, bringt nichts')]),
    ).toEqual([['einen Neustart versucht', 'failed']]));

  it('no step from "have you tried that?" with nothing named', () =>
    expect(steps([c('it fails'), b('Have you tried that already?'), c('yes it still fails')])).toEqual([]));
});
