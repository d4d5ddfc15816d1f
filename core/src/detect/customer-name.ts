import { allMatches } from './all-matches';
import type { HandoffEvent } from '../schema/handoff-event';
import { gated } from './literal-gate';
import { withoutQuoted } from './normalize-text';

const INTRO = gated(
  /(?:\b(?:my\s+)?name's|\b(?:my\s+name\s+is|this\s+is|i\s+am|i'm|it's|me\s+llamo|mi\s+nombre\s+es|soy|je\s+m'appelle|je\s+suis|ich\s+bin|ich\s+hei(?:ß|ss)e|mein\s+name\s+ist))\s+/gi,
);
const NAME = gated(/^([A-ZÁÉÍÓÚÑÄÖÜ][a-záéíóúñäöüß'-]{1,30}(?:\s+[A-ZÁÉÍÓÚÑÄÖÜ][a-záéíóúñäöüß'-]{1,30})?)(?![\p{L}])/u);
/** The bot asks for the name; the customer's short answer is it ("Priya", "Priya Nair"). */
const ASKS_NAME =
  /\b(?:what(?:'s|\s+is)\s+your\s+(?:full\s+)?name|(?:may|can|could)\s+i\s+(?:have|get|ask)\s+your\s+(?:full\s+)?name|your\s+(?:full\s+)?name,?\s+please|c[oó]mo\s+te\s+llamas|cu[aá]l\s+es\s+su\s+nombre|(?:quel\s+est\s+votre|votre)\s+nom|wie\s+(?:hei(?:ß|ss)en\s+sie|ist\s+ihr\s+name))\b/i;
const BARE_NAME = /^\s*([A-ZÁÉÍÓÚÑÄÖÜ][a-záéíóúñäöüß-]{1,30}(?:\s+[A-ZÁÉÍÓÚÑÄÖÜ][a-záéíóúñäöüß-]{1,30})?)\s*[.!]?\s*$/u;
const SIGNOFF = gated(
  /(?:^|\n)\s*(?:thanks|thank\s+you|regards|best|cheers|sincerely|best\s+regards|kind\s+regards|gracias|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|cordialmente|merci|cordialement|bien\s+(?:[àa]\s+vous|cordialement)|(?:sinc[eè]res\s+)?salutations|danke|(?:mit\s+)?(?:freundlichen|besten|herzlichen|lieben|vielen)\s+gr(?:ü|ue)(?:ß|ss)en|(?:freundliche|beste|herzliche|liebe|viele)\s+gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e)[,!.]?[ \t]*\n\s*/gi,
);
const NOT_NAMES = new Set([
  'Yes',
  'No',
  'Nope',
  'Yeah',
  'Sure',
  'Thanks',
  'Thank',
  'Hi',
  'Hello',
  'Hey',
  'Why',
  'What',
  'Who',
  'Help',
  'Human',
  'Agent',
  'Si',
  'Oui',
  'Non',
  'Ja',
  'Nein',
  'Hola',
  'Bonjour',
  'Hallo',
  'Gracias',
  'Merci',
  'Danke',
  'Sorry',
  'Not',
  'Just',
  'Having',
  'Trying',
  'Still',
  'Very',
  'So',
  'Really',
  'Calling',
  'Writing',
  'Here',
  'Back',
  'Good',
  'Fine',
  'Okay',
  'Ok',
  'Done',
  'Angry',
  'Frustrated',
  'Upset',
  'Looking',
  'Unable',
  'The',
  'A',
  'An',
  'In',
  'On',
  'From',
  'With',
  'Going',
  'Getting',
]);

/** The customer's name: from the customer record, else from how they introduce or sign themselves. */
export function findCustomerName(event: HandoffEvent): string | undefined {
  if (event.customer?.name) return event.customer.name;
  let askedName = false;
  for (const m of event.messages) {
    if (m.role !== 'customer') {
      askedName = ASKS_NAME.test(m.text);
      continue;
    }
    if (askedName) {
      const answer = BARE_NAME.exec(m.text)?.[1];
      if (answer && !NOT_NAMES.has(answer.split(/\s+/)[0]!)) return answer;
    }
    askedName = false;
    for (const intro of allMatches(INTRO, m.text.slice(0, 5000))) {
      const start = intro.index + intro[0].length;
      const name = NAME.exec(m.text.slice(start, start + 70))?.[1];
      // "I'm Tom's assistant": a possessive is someone else
      if (name && !NOT_NAMES.has(name.split(/\s+/)[0]!) && !/'s$|’s$/.test(name)) return name;
    }
    const body = withoutQuoted(m.text).trimEnd();
    const sign = [...allMatches(SIGNOFF, body)].pop();
    if (sign) {
      const rest = body.slice(sign.index + sign[0].length);
      const name = NAME.exec(rest)?.[1];
      // the name on its own line, then at most a title, a company and a phone ("Head of Ops, Shopio")
      const lines = rest
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const signature = lines[0] === name && lines.length <= 4 && lines.every((l) => l.length <= 60);
      if (name && signature && !NOT_NAMES.has(name.split(/\s+/)[0]!)) return name;
    }
  }
  return undefined;
}

export function firstName(name: string | undefined): string | undefined {
  return name?.trim().split(/\s+/)[0];
}
