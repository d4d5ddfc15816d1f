import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize';

type Said = { role: 'customer' | 'bot'; text: string };
const c = (text: string): Said => ({ role: 'customer', text });
const b = (text: string): Said => ({ role: 'bot', text });
/** The steps read from a conversation, as [step, outcome]. */
const steps = (messages: Said[], actions?: { name: string; status: 'succeeded' | 'failed' | 'pending' }[]) =>
  summarize({ conversationId: 't', messages, ...(actions ? { bot: { actions } } : {}) })
    .attempted.filter((a) => a.source === 'transcript')
    .map((a) => [a.step, a.outcome]);
const only = (text: string) => steps([c(text)]);

describe('how a step the customer took went, when they say nothing more of it', () => {
  it('a change with its own end succeeded: a password changed, a subscription cancelled, a report downloaded', () => {
    expect(only('ok good. i changed my password too. i want to talk to a real person asap')).toEqual([
      ['changed my password too', 'succeeded'],
    ]);
    expect(only("I've already changed my password.\n\nRegards,\nHelen")).toEqual([
      ['changed my password', 'succeeded'],
    ]);
    expect(only('I cancelled my Budgetwise Plus subscription on March 30th.')).toEqual([
      ['cancelled my Budgetwise Plus subscription on March 30th', 'succeeded'],
    ]);
    expect(only('ok got it, I already downloaded the 2025 report.')).toEqual([
      ['downloaded the 2025 report', 'succeeded'],
    ]);
    expect(only('Sent photos to claims@rapidhaulfreight.com an hour ago.')).toEqual([
      ['Sent photos to claims@rapidhaulfreight.com an hour ago', 'succeeded'],
    ]);
  });

  it('a fix or a check they are still here about failed', () => {
    expect(only("my internet's been dropping out since yesterday and i restarted the modem twice")).toEqual([
      ['restarted the modem twice', 'failed'],
    ]);
    expect(only('I cleaned the filter. TWICE.')).toEqual([['cleaned the filter', 'failed']]);
    expect(only('checked with my neighbours and the building mailroom, nothing')).toEqual([
      ['checked with my neighbours and the building mailroom', 'failed'],
    ]);
    expect(only('didnt get it. checked spam too.')).toEqual([['checked spam too', 'failed']]);
    expect(
      only('I already checked the Usage tab and it just says "International roaming - PT" with no detail.'),
    ).toEqual([['checked the Usage tab', 'failed']]);
    expect(only('Retook the photo on the kitchen table, no flash.')).toEqual([
      ['Retook the photo on the kitchen table', 'failed'],
    ]);
  });

  it('a contact waits on someone, unless made again and again, unanswered, or done', () => {
    expect(only('I already called my bank and they said it went through twice')).toEqual([
      ['called my bank', 'unknown'],
    ]);
    expect(only("i've emailed the building department twice and nobody answers")).toEqual([
      ['emailed the building department twice', 'failed'],
    ]);
    expect(only('I have called the office three times. Nothing works in this place.')).toEqual([
      ['called the office three times', 'failed'],
    ]);
    expect(only('No sé qué pasó. Ya he llamado al banco y me la han bloqueado.')).toEqual([
      ['Ya he llamado al banco y me la han bloqueado', 'succeeded'],
    ]);
  });

  it('reads how it went in the words after it: "still says", "only lets me", "none are selling"', () => {
    expect(only('ok I reset it and tried logging in, still says ACCOUNT_SUSPENDED')).toEqual([
      ['reset it and tried logging in', 'failed'],
    ]);
    expect(
      only(
        'I listed it on Fan Exchange on Sunday, but there are 40 other tickets below face value and none are selling.',
      ),
    ).toEqual([['listed it on Fan Exchange on Sunday', 'failed']]);
    expect(
      only(
        'I tried to update it in the portal under Profile > Insurance, but the page only lets me view the old plan.',
      ),
    ).toEqual([['tried to update it in the portal under Profile', 'failed']]);
  });

  it('logging in is done, and a change with its confirmation succeeded', () => {
    expect(only('I just logged into my Nordvik Home account and there are two orders I never placed.')).toEqual([
      ['logged into my Nordvik Home account', 'succeeded'],
    ]);
    expect(only('We reduced to 45 seats on August 14 and got a confirmation email.')).toEqual([]);
    expect(only('I uploaded them an hour ago through your form.')).toEqual([
      ['uploaded them an hour ago through your form', 'succeeded'],
    ]);
    expect(only('I resized them all to under 5MB. Tried again. Same thing.')).toContainEqual([
      'resized them all to under 5MB',
      'failed',
    ]);
    expect(only('Ya llamé al banco para bloquear la tarjeta y está bloqueada.')).toEqual([
      ['Ya llamé al banco para bloquear la tarjeta y está', 'succeeded'],
    ]);
  });

  it('a cancellation they are still charged for failed, whichever message says so', () => {
    expect(
      steps([
        c('bueno sí mire me siguen cobrando la mensualidad del gimnasio y yo cancelé desde diciembre'),
        b('veo que la membresía sigue activa'),
      ]),
    ).toEqual([['yo cancelé desde diciembre', 'failed']]);
    expect(
      steps([
        c('I cancelled my membership in December.'),
        b('I see it is still active.'),
        c('and you charged me again on Friday'),
      ]),
    ).toEqual([['cancelled my membership in December', 'failed']]);
    expect(
      steps([
        c('I cancelled auto-renew back in November, I have the confirmation email.'),
        b('auto-renew shows as on in your account.'),
        c("Then it looks like the cancellation didn't register on your side."),
      ]),
    ).toEqual([['cancelled auto-renew back in November', 'failed']]);
  });
});

describe("a step's words", () => {
  it('a voice transcript that runs on with no stop still gives its step, cut before the next clause', () => {
    expect(
      only(
        'yeah so honestly its ridiculous we tried the radio like they showed us nobody answered nobody came we had to get towed in by some random guy in a bass boat i want the ninety dollars back',
      ),
    ).toEqual([['tried the radio like they showed us', 'failed']]);
    expect(only('yes we tried that we tried everything are you kidding me this is a complete joke')).toEqual([]);
  });

  it('a step in a relative clause keeps what it was done to', () => {
    expect(
      only("personne de votre équipe ne répondait au numéro d'astreinte, que nous avons appelé plusieurs fois."),
    ).toEqual([["au numéro d'astreinte, que nous avons appelé plusieurs fois", 'failed']]);
  });

  it('a voice transcript with no stops gives one step per "i ..." and keeps each object', () => {
    expect(
      only('i did that already i restarted the app i restarted the tv i even unplugged the router nothing works'),
    ).toEqual([
      ['restarted the app', 'failed'],
      ['restarted the tv', 'failed'],
      ['unplugged the router', 'failed'],
    ]);
  });

  it('says what "it" is when the message named it just before', () => {
    expect(
      only('The card is 4716 2893 0112 5478 (I have already cancelled it with my bank). Please refund me.'),
    ).toEqual([['cancelled the card with my bank', 'succeeded']]);
    // "it" is the transfer, not the landlord named before: nothing is guessed
    expect(only('I paid my landlord, but I mistyped one digit. I sent it to the wrong account.')).toEqual([
      ['sent it to the wrong account', 'unknown'],
    ]);
  });

  it('leaves out the new password, and keeps where a request went when it is the eleventh word', () => {
    expect(only("c'est fait, j'ai changé mon mdp en Lapin2025 et j'ai activé la 2FA.")).toEqual([
      ["j'ai changé mon mdp", 'succeeded'],
      ["j'ai activé la 2FA", 'succeeded'],
    ]);
    expect(
      only(
        "le 6 janvier j'ai envoyé une demande d'accès à mes données personnelles à dpo@formapro.be et je n'ai jamais eu de réponse.",
      ),
    ).toEqual([["j'ai envoyé une demande d'accès à mes données personnelles à dpo@formapro.be", 'failed']]);
  });
});

describe('a process that failed for the customer is a step they took', () => {
  it.each([
    ['trying to verify my identity. the selfie check keeps failing', 'selfie check keeps failing'],
    [
      'our bulk listing CSV upload fails on row 212 with INVALID_GTIN',
      'bulk listing CSV upload fails on row 212 with INVALID_GTIN',
    ],
    ['hi my gift card wont redeem, it says ERR_CODE_USED', "gift card won't redeem"],
    ['Hello, my photo verification is reject two times, but is really me', 'photo verification is reject two times'],
  ])('%s', (text, step) => expect(only(text)).toEqual([[step, 'failed']]));

  it('not one that might fail, nor one the bot lists as its own action', () => {
    expect(only('what happens if the payment fails?')).toEqual([]);
    expect(
      steps([c('My payment failed'), b('I retried the payment.')], [{ name: 'retry_payment', status: 'failed' }]),
    ).toEqual([]);
  });
});

describe('what the customer could not do, said as what stopped them', () => {
  it.each([
    ['Ayer la app no me dejó finalizar el viaje y me han cobrado 25 €', 'la app no me dejó finalizar el viaje'],
    ["the app wouldn't let me end the ride, so it kept charging", "the app wouldn't let me end the ride"],
    ['yes bc the End Ride button didnt work. i tried like 5 times', "end ride button didn't work"],
    ['the app keeps logging me out every time i hit transfer i tried it like three times', 'hit transfer'],
    ['cada vez que intento pagar me sale un error', 'intento pagar'],
  ])('%s', (text, step) => expect(only(text)).toContainEqual([step, 'failed']));

  it('not a feeling every time', () => expect(only('every time i think about it i get angry')).toEqual([]));
});

describe('a suggestion the customer answers', () => {
  it('"have you tried signing out and back in?" / "yes we tried that" failed, whatever form the verb takes', () => {
    expect(
      steps([
        c('every export fails'),
        b('Have you tried signing out and back in?'),
        c('yes we tried that we tried everything'),
      ]),
    ).toEqual([['signing out and back in', 'failed']]);
    expect(
      steps([
        c('the app logs me out'),
        b('Have you tried updating the app'),
        c('yeah i updated it already it still does it'),
      ]),
    ).toEqual([['updating the app', 'failed']]);
  });

  it('a change already made succeeded ("the workspace is already deleted, as I said")', () => {
    expect(
      steps([
        c('I closed my workspace and want my data erased.'),
        b('You can delete your workspace any time from Settings > Workspace > Delete.'),
        c('Thank you, but the workspace is already deleted, as I said.'),
      ]),
    ).toContainEqual(['delete your workspace any time from Settings > Workspace', 'succeeded']);
    expect(
      steps([
        c('quiero que borréis todos mis datos'),
        b('Puedes eliminar tu perfil desde Ajustes > Cuenta.'),
        c('eso ya lo hice ayer, el perfil ya no sale, pero me sigue llegando publicidad'),
      ]),
    ).toEqual([['eliminar tu perfil desde Ajustes > Cuenta', 'succeeded']]);
  });

  it('"i submitted it already" keeps the suggestion\'s words; "I already checked the tracker" keeps the customer\'s', () => {
    expect(
      steps([
        c('my bill is an ESTIMATED reading'),
        b('You can submit your own meter reading in the app under Account > Meter readings.'),
        c('i submitted it already, 18840. still shows the estimate'),
      ]),
    ).toEqual([['submit your own meter reading in the app under Account', 'failed']]);
    expect(
      steps([
        c('my suitcase never arrived'),
        b('You can check the status of your bag at https://pacifica-air.com/baggage using your file reference.'),
        c('I already checked the tracker, it says Searching.'),
      ]),
    ).toEqual([['checked the tracker, it says Searching', 'failed']]);
  });

  it('where the bot pointed and it did not help: "still says", "only says", "that\'s exactly what I just said"', () => {
    expect(
      steps([
        c('where is my refund'),
        b('You can see the status of your return in My Orders.'),
        c('My Orders still says "Return received".'),
      ]),
    ).toEqual([['see the status of your return in My Orders', 'failed']]);
    expect(
      steps([
        c('where is my order'),
        b('You can track your order at https://shopharbor.com/track.'),
        c("That's EXACTLY what I just said. I want my money back."),
      ]),
    ).toEqual([['track your order at https://shopharbor.com/track', 'failed']]);
    expect(
      steps([
        c('oui bonjour où sont mes billets'),
        b('vos billets sont disponibles dans votre compte client rubrique mes commandes'),
        c('oui mais justement dans mes commandes il y a rien'),
      ]),
    ).toEqual([['dans mes commandes il y a rien', 'failed']]);
  });
});

describe('steps said in Spanish, French and German', () => {
  it.each([
    [
      'ya cambié la contraseña desde el celular pero estoy desesperado, nadie contesta el correo',
      'ya cambié la contraseña desde el celular',
      'succeeded',
    ],
    [
      'Intenté subir la factura ayer por la app pero me daba error todo el rato',
      'Intenté subir la factura ayer por la app',
      'failed',
    ],
    [
      'ya entré a la página de trámites en línea y no sale la lista',
      'ya entré a la página de trámites en línea',
      'failed',
    ],
    ["J'ai réduit la photo à 1 Mo, je réessaie", "J'ai réduit la photo à 1 Mo", 'failed'],
    [
      'Ma carte se terminant par 3182 a été bloquée dimanche par ma banque.',
      'Ma carte a été bloquée dimanche par ma banque',
      'succeeded',
    ],
    ['Le délai est dépassé malgré plusieurs relances.', 'malgré plusieurs relances', 'failed'],
    ['SIM schon raus und wieder rein gemacht.', 'SIM schon raus und wieder rein gemacht', 'failed'],
    ['Hab das Zertifikat schon neu importiert, bringt nix.', 'Hab das Zertifikat schon neu importiert', 'failed'],
  ])('%s', (text, step, outcome) => expect(only(text)).toEqual([[step, outcome]]));

  it('one step per "j\'ai ..." or preterite in a list', () => {
    expect(
      only("évidemment que j'ai redémarré la box, j'ai même changé le câble fibre. vous êtes des incapables"),
    ).toEqual([
      ["j'ai redémarré la box", 'failed'],
      ["j'ai même changé le câble fibre", 'failed'],
    ]);
    expect(only('Ya reinicié el módem, borré la caché y nada')).toEqual([
      ['Ya reinicié el módem', 'failed'],
      ['borré la caché', 'failed'],
    ]);
    expect(
      only(
        'Hab ich schon gemacht. Auch den Cache geleert und den API-Key neu generiert. Es funktioniert einfach nichts.',
      ),
    ).toEqual([
      ['den Cache geleert', 'failed'],
      ['den API-Key neu generiert', 'failed'],
    ]);
  });

  it('what a technician sent out did', () => {
    expect(only('Le technicien est déjà venu le 12 juin, il a changé la pompe et ça remarche pas.')).toEqual([
      ['Le technicien est déjà venu le 12 juin', 'failed'],
      ['il a changé la pompe', 'failed'],
    ]);
    expect(only('tres tecnicos me habeis mandado y ninguno ha arreglado nada')).toEqual([
      ['tres tecnicos me habeis mandado', 'failed'],
    ]);
  });
});

describe('no step taken', () => {
  it.each([
    'how do i reset my pin?',
    'I want to cancel my subscription',
    'I will call my bank tomorrow if this is not fixed',
    'should I restart the router?',
    'I changed my mind, make it the 13th',
    "I've got a promo code and I want to know when it expires",
    'my card was blocked this morning',
    'quiero cancelar la suscripción',
    'por favor cancele mi suscripción',
    'La consulta fue el martes y pagué 80 € en la clínica',
    'je vais appeler ma banque demain',
    'Ich werde morgen meine Bank anrufen.',
    'Sie haben mein Konto gesperrt!',
    'Mein Konto wurde gestern gesperrt.',
    'bei meinem Verkäuferkonto hat jemand die Auszahlungs-IBAN geändert',
    'Haben Sie die Zahlung storniert?',
    'Kein Betrug, den Kauf hab ich schon selbst gemacht.',
    'Bitte bestätigt mir die Löschung schriftlich.',
    'the quote my daughter and i signed said ten thousand two hundred',
  ])('%s', (text) => expect(only(text)).toEqual([]));
});

describe('how a step the bot took went, in the four languages', () => {
  it.each([
    [
      [c('my card was declined'), b("I've re-sent the payment link to your email."), c('got it, still declined')],
      're-sent the payment link to your email',
      'failed',
    ],
    [
      [
        c('no puedo entrar'),
        b('Te he enviado un enlace para restablecer la contraseña.'),
        c('ya lo probé y no funciona'),
      ],
      'enviado un enlace para restablecer la contraseña',
      'failed',
    ],
    [
      [
        c('Paket fehlt'),
        b('Ich habe einen Nachforschungsauftrag gestartet.'),
        c('Danke, aber das hatte ich schon gemacht, ohne Ergebnis.'),
      ],
      'einen Nachforschungsauftrag gestartet',
      'failed',
    ],
    [
      [c('Internet coupé'), b("J'ai relancé un test de ligne à distance, il est en cours."), c("ok j'attends")],
      'relancé un test de ligne à distance',
      'unknown',
    ],
    [[c('Internet coupé'), b("J'ai envoyé un technicien."), c('ok')], 'envoyé un technicien', 'succeeded'],
    [
      [c('internet down'), b("I've started a remote line test, it is in progress."), c('ok')],
      'started a remote line test, it is in progress',
      'unknown',
    ],
  ] as const)('%#: %s', (messages, step, outcome) => {
    expect(steps([...messages])).toContainEqual([step, outcome]);
  });

  it.each(['sigue igual', 'toujours pareil', 'immer noch dasselbe', 'nada, otra vez nada'])(
    '"%s" after a step: it failed',
    (answer) => {
      expect(steps([c('the app will not open'), b("I've reset your session."), c(answer)])).toEqual([
        ['reset your session', 'failed'],
      ]);
    },
  );
});
