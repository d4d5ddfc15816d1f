import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities';
import { handoffEventSchema } from '../schema/handoff-event';
import { bot, customer, makeEvent } from '../testing';

const ids = (...messages: Parameters<typeof makeEvent>[0]) => {
  const e = extractEntities(handoffEventSchema.parse(makeEvent(messages)));
  return { orderIds: e.orderIds, accountIds: e.accountIds, errorCodes: e.errorCodes };
};
const said = (text: string) => ids(customer(text));

describe('ids after the word that names them', () => {
  it.each([
    ['someone sent $750 from my wallet, transfer ID TX-99812-KD', 'TX-99812-KD'],
    ['my claim CLM-558201 has been under review for 11 weeks', 'CLM-558201'],
    ['you lost my bag again. file ref JFKXX41207', 'JFKXX41207'],
    ['I filed a report at the airport (file reference PDXPA41187)', 'PDXPA41187'],
    ["I am writing about homeowner's claim 2025-HO-88213 for hail damage", '2025-HO-88213'],
    ['Damage charge on rental agreement 41-883920', '41-883920'],
    ['Your account was suspended. Ban ID BN-4410923.', 'BN-4410923'],
    ['Localizador K7XQ2M.', 'K7XQ2M'],
    ['sur le vol du 12/03, réservation 5TGH8L.', '5TGH8L'],
    ['Buchungscode XJ4K9P. Ich möchte die Erstattung', 'XJ4K9P'],
    ['bonjour colis 6A12345678901 je serai pas la demain', '6A12345678901'],
    ['paket 00340434161234567890 wieder nicht da', '00340434161234567890'],
  ])('"%s" names the order %s', (text, id) => {
    expect(said(text).orderIds).toEqual([id]);
  });

  it.each([
    ['Circuit ID is CKT-77812-B.', 'CKT-77812-B'],
    ['My patient ID is LMG-0072291.', 'LMG-0072291'],
    ['My Rewards number is PR-5520384. Could you check?', 'PR-5520384'],
    ['is the limit on our org (org ID vnt-20931) configured correctly?', 'vnt-20931'],
    ['loan is LN-448201. do u need my ssn?', 'LN-448201'],
    ['En relación con el siniestro SN-88120473 de nuestra furgoneta', 'SN-88120473'],
    ['ajouter 12 véhicules à notre contrat flotte FL-88214 à partir du 1er mars', 'FL-88214'],
    ['für meine Zahnbehandlung (Vertrag ZV-5530127) haben Sie nur 300 € erstattet', 'ZV-5530127'],
  ])('"%s" names an id, %s', (text, id) => {
    const found = said(text);
    expect([...found.orderIds, ...found.accountIds]).toEqual([id]);
  });

  it('a letters-dash-digits code is an id with no label when it is clearly one', () => {
    expect(said('whose policy pays? mine is HO-7734120').orderIds).toEqual(['HO-7734120']);
  });

  it.each([
    'I have 5000 rewards points and rewards 5000 points to spend',
    'I signed a 24-month contract for the phone',
    'please open the file 2024-report on your side',
    'our budget for FY-2025 is fixed',
    'in case 2 people need it',
    'contract for 12345 dollars',
  ])('"%s" names no id', (text) => {
    const found = said(text);
    expect([...found.orderIds, ...found.accountIds]).toEqual([]);
  });

  it('a code after an error or a discount word is no id', () => {
    expect(said('Our records show an error code on your last session, STB-22071.')).toMatchObject({
      orderIds: [],
      errorCodes: ['STB-22071'],
    });
    expect(said('my promo code SAVE-20251 expired').orderIds).toEqual([]);
  });
});

describe('ids spelled on the phone', () => {
  it('keeps the letters spelled before the digits', () => {
    const found = ids(
      bot('Can you confirm the business account number?'),
      customer("yeah it's b a eight eight two oh one four four"),
    );
    expect(found.accountIds).toEqual(['BA8820144']);
  });

  it('the spelled id and the bot reading it back are one id', () => {
    const found = ids(
      bot("What's your reservation number?"),
      customer("it's r w seven seven four one nine"),
      bot('Thanks. Reservation RW77419 is a 3-day rental.'),
    );
    expect([...found.orderIds, ...found.accountIds]).toEqual(['RW77419']);
  });

  it('the answer to a policy-or-social-security question is no id', () => {
    const found = ids(
      bot('please say your policy number or social security number.'),
      customer("um i don't have the policy number in front of me it's five two three four one eight eight seven six"),
    );
    expect([...found.orderIds, ...found.accountIds]).toEqual([]);
  });
});

describe('ids the reading had no word for', () => {
  it.each([
    ['Please add this to project PRJ-4471 and send the quote.', 'PRJ-4471'],
    ['Dejé mi bici el lunes para cambiar frenos, orden TAL-2207.', 'TAL-2207'],
    ["mon numéro client c'est deux cinq huit huit zéro", '25880'],
    ['my refill is ready? the number is r x seven seven oh one four', 'RX77014'],
  ])('"%s" names %s', (text, id) => {
    const found = said(text);
    expect([...found.orderIds, ...found.accountIds]).toEqual([id]);
  });

  it('"the number is" with digits alone is no id (a phone, a count)', () => {
    const found = said('the number is 5551234 and the number is 3 pages');
    expect([...found.orderIds, ...found.accountIds]).toEqual([]);
  });

  it('an answer to "your contract (registration) number?" opens with the id, even in a long message', () => {
    const contract = ids(
      bot('Lamento las molestias. ¿Me indica su número de contrato?'),
      customer('contrato tres tres ocho uno cinco y quiero que la multa la paguen ustedes que el sensor está roto'),
    );
    expect(contract.accountIds).toEqual(['33815']);
    const camper = ids(
      bot("I'm so sorry. Can you share the camper registration number?"),
      customer('CMP-2291. I had to leave work and drive her 40 minutes myself'),
    );
    expect(camper.accountIds).toEqual(['CMP-2291']);
    // far into a long answer a number is something else
    const late = ids(
      bot('Can you share the registration number?'),
      customer('I do not have it with me right now but I paid 2500 for the whole summer'),
    );
    expect(late.accountIds).toEqual([]);
  });

  it('an id heard without its letters and said in full later is one id', () => {
    const found = ids(
      bot('Wie lautet die Auftragsnummer?'),
      customer('auftragsnummer a fünf fünf null neun eins'),
      bot('Danke. Auftrag A55091 wurde als Verschleißreparatur abgerechnet.'),
    );
    expect(found.orderIds).toEqual(['A55091']);
  });
});

describe('ids in the words people write them with', () => {
  it.each([
    ['Objet : Résiliation - adhérente n° 221-0456', '221-0456'],
    ['Veo su préstamo hipotecario número 0182-4410-77.', '0182-4410-77'],
    ['please delete the workspace ID ws_7Hq2LmP9 and all backups', 'ws_7Hq2LmP9'],
    ['Versicherungsscheinnummer: HV-2291-883', 'HV-2291-883'],
    ['meine Zählernummer ist 88213409', '88213409'],
    ['la police habitation n° 77120934', '77120934'],
  ])('"%s" names the account %s', (text, id) => {
    expect(said(text)).toMatchObject({ accountIds: [id], orderIds: [] });
  });

  it.each([
    ['Ablehnung Schadenfall 2025-KS-118230', '2025-KS-118230'],
    ['Seriennummer 8XK2291A', '8XK2291A'],
  ])('a German compound ending in -nummer or a case said in one word names the order: "%s"', (text, id) => {
    expect(said(text)).toMatchObject({ orderIds: [id], accountIds: [] });
  });

  it('a word for what the id is does not swallow "ist" as one between label and id', () => {
    expect(said('Die Vertragsnummer ist 55120934').accountIds).toEqual(['55120934']);
  });

  it("a number after a phone's compound is a phone, no id and no product", () => {
    const e = extractEntities(handoffEventSchema.parse(makeEvent([customer('meine Handynummer ist 0171 2234567')])));
    expect(e.phones).toEqual(['01712234567']);
    expect(e.products).toEqual([]);
    expect(e.orderIds).toEqual([]);
  });
});

describe('usernames', () => {
  it.each([
    ['His student username was eli.b2013.', 'eli.b2013'],
    ["ok cool, account is NightOwl_Reyes btw. don't want to lose it", 'NightOwl_Reyes'],
    ['my account name is jo_smith', 'jo_smith'],
  ])('"%s" gives %s', (text, id) => {
    expect(said(text).accountIds).toEqual([id]);
  });

  it('an account that "is" something is no username', () => {
    expect(said('the account is working now, my account was locked').accountIds).toEqual([]);
  });
});
