import { gated } from './literal-gate';

/**
 * Ids said after the word that names them, whatever that word is: "claim CLM-558201", "transfer ID
 * TX-99812-KD", "file reference PDXPA41187", "my patient ID is LMG-0072291", "Localizador K7XQ2M",
 * "réservation 5TGH8L", "Buchungscode XJ4K9P", "siniestro SN-88120473", "Vertrag ZV-5530127".
 *
 * The nouns of things that happen (a claim, a booking, a parcel) give an order id; those of a standing
 * relation (a policy, a loan, a membership) an account id. A noun that is also an everyday word
 * ("file", "transfer", "return") counts only with its "number", "ID" or "reference" after it.
 */
const EVENT_NOUN = String.raw`claim|schadens?fall|ticket|incident|confirmation|booking|reservation|reference|ref|agreement|dispute|shipment|tracking|parcel|waybill|consignment|localizador|reserva|siniestro|expediente|incidencia|referencia|reclamaci[oó]n|r[ée]servation|dossier|sinistre|r[ée]f[ée]rence|colis|r[ée]clamation|buchungscode|buchung|buchungsnummer|paket|sendung|sendungsnummer|schadennummer|schadensnummer|vorgang|vorgangsnummer|aktenzeichen|referenz|referenznummer|ticketnummer|fallnummer|(?!vertrags|versicherungs|mitglieds|kunden|konto|policen|z[äa]hler|telefon|handy|ruf|haus)[a-zà-öø-ÿß]{3,20}nummer`;
const EVERYDAY_NOUN = String.raw`case|file|transfer|transaction|return|request|appointment|order|report`;
const RELATION_NOUN = String.raw`policy|loan|contract|member|membership|patient|org|organi[sz]ation|project|workspace|proyecto|projet|projekt|circuit|rewards|loyalty|subscriber|subscription|licen[cs]e|tenant|p[oó]liza|contrato|pr[eé]stamo|socio|paciente|abonado|contrat|police|pr[eê]t|adh[ée]rente?|abonn[ée]e?|vertrag|vertragsnummer|versicherungsnummer|policennummer|darlehen|mitglied|mitgliedsnummer|(?:versicherungs|vertrags|mitglieds|kunden|konto|policen|z[äa]hler)[a-zà-öø-ÿß]{0,20}nummer`;
/** "number", "ID", "#" after the noun: a word after a space, a sign after a space or none. */
const LABEL_SUFFIX = String.raw`(?<=\s)(?:id|number|no\.?|nr\.?|num\.?|ref(?:erence)?|code|nummer|n[uú]mero|num[ée]ro)(?![a-zà-öø-ÿß])|#|n[°º]`;

/**
 * Group 1: the noun of an event, 2: an everyday noun (a suffix must follow), 3: a relation's noun,
 * 4: the suffix ("number", "ID"), 5: "ID" alone as the label ("Ban ID BN-4410923"), 6: the one word
 * between the label and the id ("contrat flotte FL-88214"), 7: the id, which `labelledId` checks.
 */
export const LABELLED_ID = gated(
  new RegExp(
    String.raw`\b(?:(?:(${EVENT_NOUN})|(${EVERYDAY_NOUN})(?=\s*(?:${LABEL_SUFFIX}))|(${RELATION_NOUN}))(?![a-zà-öø-ÿß])(?:\s+[a-zà-öø-ÿß]{4,14}(?=\s*(?:${LABEL_SUFFIX})))?(?:\s*(${LABEL_SUFFIX}))?|(id)(?![a-zà-öø-ÿß]))(?:\s+(?!(?:is|was|es|est|ist|lautet|war|era)\s)([a-zà-öø-ÿß]{3,12})(?=\s))?\s*(?:(?:is|was|es|est|ist|lautet|war)\s|:|#)?\s*#?\s*([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){0,5})(?![\w-]|[.,]\d)`,
    'gi',
  ),
);

/**
 * The id a match of `LABELLED_ID` names and the list it goes in ("claim" and "Ban ID" name an order,
 * "policy" an account), or undefined when what follows the label is no id's code (`isIdCode`). A number
 * with no letters needs its "number" or "ID" said, or six digits: "rewards 5000 points" is no id.
 */
export function labelledId(m: RegExpExecArray): { id: string; kind: 'orderIds' | 'accountIds' } | undefined {
  const code = m[7]!;
  if (!isIdCode(code, m[6] !== undefined) && !((m[4] ?? m[5]) ? isNamedCode(code) : false)) return undefined;
  if (/^[\d-]+$/.test(code) && !(m[4] ?? m[5]) && code.replace(/-/g, '').length < 6) return undefined;
  return { id: code, kind: m[3] ? 'accountIds' : 'orderIds' };
}

/**
 * A code written in any case after its "ID" or "number" is said ("workspace ID ws_7Hq2LmP9", "tenant id
 * acme_prod_01"): six characters at least, letters and digits both.
 */
function isNamedCode(code: string): boolean {
  return (
    code.length >= 6 &&
    code.length <= 40 &&
    /\d/.test(code) &&
    /[A-Za-z]/.test(code) &&
    !/^\d+(?:st|nd|rd|th|am|pm)$/i.test(code)
  );
}

/**
 * Whether `code`, said after an id's label, is an id: a digit in it, four characters at least, and
 * the shape of a code ("CLM-558201", "K7XQ2M", "2025-HO-88213", "41-883920", "vnt-20931"), not of a
 * word with a number ("24-month", "3rd", "10am"), a year or a date. After a word between the label
 * and it (`loose`), only a code with letters and digits both.
 */
function isIdCode(code: string, loose: boolean): boolean {
  if (code.length < 4 || code.length > 40 || !/\d/.test(code)) return false;
  if (/^(?:19|20)\d{2}$/.test(code) || /^\d{4}-\d{2}-\d{2}$/.test(code)) return false;
  const upper = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(code);
  const lowerPrefix = /^[a-z]{1,6}-?\d{3,}(?:-[a-z0-9]+)*$/.test(code);
  if (!upper && !lowerPrefix) return false;
  return !loose || /[A-Za-z]/.test(code);
}

/**
 * An id by its shape alone, with no label: letters, a dash and digits ("CLM-558201", "HO-7734120",
 * "TX-99812-KD"). Group 1: the letters.
 */
export const PREFIXED_ID = gated(/\b([A-Z]{2,5})-(\d{4,12})(?:-[A-Z0-9]{1,10}){0,3}(?![\w-])/g);

/** Prefixes of error codes ("ERR-50012", "HTTP-5031"), not of ids. */
const ERROR_PREFIX = /^(?:E|ERR|ERROR|EC|HTTP|SC|FEHLER)$/;

/**
 * Whether a code of `PREFIXED_ID` shape is clearly an identifier with no word around it to say so:
 * not an error code's prefix, and five digits or more or a part after them ("CKT-77812-B"), since four
 * digits after letters are as often an error code ("STB-2207") or a year ("FY-2025").
 */
export function isClearlyId(m: RegExpExecArray): boolean {
  // a part of a longer code ("X-CLM-55820") is none of its own
  if (ERROR_PREFIX.test(m[1]!) || m.input[m.index - 1] === '-') return false;
  return m[2]!.length >= 5 || m[0].length > m[1]!.length + 1 + m[2]!.length;
}

/**
 * An id said after "the number is" with no word for what it numbers ("the number is RX77014", "el
 * número es AB-55210"): letters before its digits, so no phone number reads as one. Group 1: the id.
 */
export const NUMBER_IS = gated(
  /\b(?:number|n[uú]mero|num[ée]ro|nummer)(?:\s+(?:is|was|es|est|ist|lautet)|['’]s|\s+c['’]est)\s+([A-Za-z]{1,4}-?\d{4,12})(?![\w-])/gi,
);
