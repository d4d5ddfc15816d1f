import { describe, expect, it } from 'vitest';
import { productNamesOf } from './product-names';
import { summarize } from '../summarize';

const products = (text: string) =>
  summarize({ conversationId: 'p', messages: [{ role: 'customer', text }] }).entities.products;

describe('product names', () => {
  it.each([
    ['There are two invoices on our account for the Team Plan at $1,499.00 each.', 'Team Plan'],
    ['monthly charge of £41.00, which includes the device and the Unlimited Max tariff.', 'Unlimited Max tariff'],
    ['we would like to discuss adding the Route Optimizer module', 'Route Optimizer module'],
    ["We're on Enterprise Plus.", 'Enterprise Plus'],
    ["We've been on the Notewise Pro monthly plan for a year", 'Notewise Pro monthly plan'],
    ['I bought the Travel Pass before my trip', 'Travel Pass'],
    ['I have been a Roadway Rewards member for eight years', 'Roadway Rewards'],
    ['the HomeHub 4 you guys sent last year', 'HomeHub 4'],
    ["THIRD time this month my ShopFast Plus 'guaranteed next day' order is late", 'ShopFast Plus'],
    ['will the Kestrel X2 charging dock work?', 'Kestrel X2 charging dock'],
    ['My home internet (Skyline Fiber, FiberMax 1000) has been down', 'FiberMax 1000'],
    ['Tengo la Fibra 600Mb contratada.', 'Fibra 600Mb'],
    ['me habéis cobrado 238,45 € cuando mi tarifa Fibra + Móvil 300Mb es de 39 € al mes', 'Fibra + Móvil 300Mb'],
    ['la renovación del contrato de luz con la Tarifa Estable a 0,16 €/kWh', 'Tarifa Estable'],
    ['Estamos probando el plan Business para el equipo', 'Business'],
    ['la furgoneta Iveco Daily (matrícula 4471 KLM)', 'Iveco Daily'],
    ['Bonjour, ma Livebox 6 clignote rouge depuis hier soir', 'Livebox 6'],
    ['4 jours sans internet avec ma Freebox Pop', 'Freebox Pop'],
    ['quel est le plafond de paiement de ma carte Visa Premier ?', 'Visa Premier'],
    ['on a payé la facture de notre abonnement Pilot Team avec retard', 'Pilot Team'],
    ['je voudrais changer mon forfait cellulaire pour le Illimité 60 Go', 'Illimité 60 Go'],
    ['89,99 € (Bluetooth-Lautsprecher JBL Flip 6), die ich nie aufgegeben habe', 'JBL Flip 6'],
    ['Seit 2 Wochen kein Internet, MagentaZuhause L für 54,95 € im Monat', 'MagentaZuhause L'],
    ['obwohl mein Tarif ZahnPlus 90 laut Vertrag 90 % abdeckt', 'ZahnPlus 90'],
  ])('"%s" names %s', (text, name) => expect(products(text)).toEqual([name]));

  it('in a voice transcript, in lower case, with the number in words', () => {
    expect(products("i'm on the fibermax five hundred plan and i restarted the modem")).toEqual(['fibermax 500 plan']);
    expect(products('get them the iphone sixteen pro if possible')).toEqual(['iphone 16 pro']);
    expect(products('hey so um i was on the student plan and i graduated')).toEqual(['student plan']);
  });

  it('a longer name said later replaces the shorter one', () => {
    expect(products('a Dyson V15 and then the aspirateur Dyson V15 Detect')).toEqual(['Dyson V15 Detect']);
  });

  it.each([
    'Which card is it? You can give me the last 4 digits.',
    'I want a lump-sum payment on my mortgage. Mortgage account 55102-883.',
    'I just logged into my Nordvik Home account and there are two orders',
    'the tracking shows you received it on November 7th.',
    'Subject: Refund for returned TV\n\nHello,\n\nOn January 9th I returned it',
    'Please call 1-800-555-0166 or use the Skyline app.',
    'Thanks for calling Vertex Business. What can I help you with?',
    'My flight UA 2218 from Terminal 2 was cancelled, Gate B12.',
    'Seit 2 Wochen kein Internet. Ich habe 3 Mal angerufen.',
    'Hace 3 días que espero. Llamé 2 veces.',
    'Confirming 2 passengers at 11:30 am.',
    'The Support Team said Plan B would work.',
    'i want to change my phone plan to a payment plan',
    'Step 3 of the form fails. Version 2 of the app too.',
    'Betroffen ist der Workspace, Fehler 503 seit Montag.',
  ])('"%s" names no product', (text) => expect(products(text)).toEqual([]));

  it('never across a line break', () => {
    expect(productNamesOf('I returned the Samsung TV\n\nHello team')).not.toContainEqual(expect.stringContaining('\n'));
  });
});

describe('more shapes of a product name', () => {
  it.each([
    // a model with a series after a dot or a dash, more letters after its number
    ['la avería de la cosechadora New Holland CX7.90 que les compramos', 'Holland CX7.90'],
    ['nos interesan tres tractores Kubota M7-173 con pala', 'Kubota M7-173'],
    ['devolví un refrigerador LG GT32WPP hace 3 semanas', 'LG GT32WPP'],
    // a CamelCase brand alone
    ['votre app SnowKey plante avec l’erreur dès que je l’ouvre', 'SnowKey'],
    ['My son used MathSprout through his school last year.', 'MathSprout'],
    // a name before the word of a thing sold by name
    ['I missed the early-bird deadline for the Junior Explorers session by a few days', 'Junior Explorers session'],
    ['I was on the Ultimate Shine wash like every week.', 'Ultimate Shine wash'],
  ])('"%s" names %s', (text, name) => expect(products(text)).toEqual([name]));

  it.each([
    'Of course, I can wait for the next class.',
    'Hi, this is FlixNow. What can I help you with?',
    'Thank you for contacting MyCareLink Support.',
    'Thanks,\nPriya Raman\nFinance Lead | BrightPath Learning',
    'I spoke to Mr McDonald and to Ms DeLuca yesterday.',
  ])('"%s" names no product', (text) => expect(products(text)).toEqual([]));
});

describe('a name after the word of what it is, in Spanish, French and German', () => {
  it.each([
    ['Irgendjemand hat mein Abo auf Premium Glanz umgestellt', 'Premium Glanz'],
    ['und passt des Kinderpaket Junior Alpin für eam?', 'Junior Alpin'],
    ["Salut ! J'ai le Pack Data Science annuel", 'Pack Data Science'],
    ['hace 3 días que los videos del curso de Excel Avanzado no cargan', 'Excel Avanzado'],
    ["Ich hab die Prüfung für den Kurs 'Projektmanagement Kompakt' verpasst", 'Projektmanagement Kompakt'],
    ["si c'est remboursé avec la formule Confort", 'Confort'],
  ])('"%s" names %s', (text, name) => expect(products(text)).toEqual([name]));

  it('a parcel is no plan: "Paket" alone names nothing', () => {
    expect(products('Das Paket Montag kam nie an, das Paket Nummer 5 auch nicht.')).toEqual([]);
  });
});

describe('a count after a name is no model', () => {
  it.each([
    'Musste das Ding 2 km schieben.',
    'Moin, ich hab heute Nacht 3 SMS mit Bestätigungscodes bekommen',
    'wir haben für die Nordwerk GmbH 15 Fixdesks im 3. OG.',
    'Anlieferung Mo–Fr 6–14 Uhr.',
    'Die Karte mit Endung 4417 ist entfernt.',
  ])('"%s" names no product', (text) => expect(products(text)).toEqual([]));
});

describe('a make and its model', () => {
  it.each([
    ["I'm looking at the 2025 Honda CR-V EX-L in Meteorite Gray", 'Honda CR-V EX-L'],
    ['You sold me a 2019 Honda Accord 3 weeks ago', 'Honda Accord'],
    ['contrato LSG-2024-11873, un Seat Ateca). Este mes', 'Seat Ateca'],
    ['La livraison de la Peugeot e-208 est prévue le 15 avril', 'Peugeot e-208'],
    ['ich habe meinen VW Tiguan nach Ende der Leasinglaufzeit zurückgegeben', 'VW Tiguan'],
    // in a voice transcript, in lower case, the model in one German number word, or the make alone
    ['ich hab einen geschirrspüler gekauft den siemens iq500 und', 'siemens iq500'],
    ['die reparatur an unserem fendt siebenhundertvierundzwanzig vario', 'fendt 724'],
    ['i got a john deere fifty seventy five e and the pump', 'john deere'],
  ])('"%s" names %s', (text, name) => expect(products(text)).toEqual([name]));

  it.each(['My seat is Seat 12A by the window.', 'I called Samsung Support twice.', 'it was a long trek to the store'])(
    '"%s" names no product',
    (text) => expect(products(text)).toEqual([]),
  );
});

describe('a name and its tier in lower case', () => {
  it.each([
    ['ich hab da so eine alarmanlage von ihnen die securahome pro und die piept', 'securahome pro'],
    ['i just bought one of your induction ranges the chef pro and i was wondering', 'chef pro'],
  ])('"%s" names %s', (text, name) => expect(products(text)).toEqual([name]));

  it.each(['honestly you are a real pro', 'i want the same max as before'])('"%s" names no product', (text) =>
    expect(products(text)).toEqual([]),
  );
});

describe('a CamelCase word that is no brand', () => {
  it.each([
    'Ich habe mich bei der BaFin beschwert.',
    'Bitte geben Sie Ihre IdNr an.',
    'my gamertag is NightOwl_Reyes on the console',
  ])('"%s" names no product', (text) => expect(products(text)).toEqual([]));
});
