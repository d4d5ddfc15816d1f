import { allMatches } from './all-matches';
import type { HandoffEvent } from '../schema/handoff-event';
import { gated, gatedTest } from './literal-gate';
import { withoutQuoted } from './normalize-text';

const INTRO = gated(
  /\b(?:my\s+name\s+is|my\s+name's|this\s+is|i\s+am|i'm|it's|me\s+llamo|mi\s+nombre\s+es|soy|je\s+m'appelle|je\s+suis|ich\s+bin|ich\s+hei(?:ß|ss)e|mein\s+name\s+ist)\s+/gi,
);
const NAME = gated(/^([A-ZÁÉÍÓÚÑÄÖÜ][a-záéíóúñäöüß'-]{1,30}(?:\s+[A-ZÁÉÍÓÚÑÄÖÜ][a-záéíóúñäöüß'-]{1,30})?)(?![\p{L}])/u);
const SIGNOFF = gated(
  /(?:^|\n)\s*(?:thanks|thank\s+you|regards|best|cheers|sincerely|best\s+regards|kind\s+regards|gracias|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|cordialmente|merci|cordialement|bien\s+(?:[àa]\s+vous|cordialement)|(?:sinc[eè]res\s+)?salutations|danke|(?:mit\s+)?(?:freundlichen|besten|herzlichen|lieben|vielen)\s+gr(?:ü|ue)(?:ß|ss)en|(?:freundliche|beste|herzliche|liebe|viele)\s+gr(?:ü|ue)(?:ß|ss)e|gr(?:ü|ue)(?:ß|ss)e)[,!.]?[ \t]*\n\s*/gi,
);
const NOT_NAMES = new Set([
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
  for (const m of event.messages) {
    if (m.role !== 'customer') continue;
    for (const intro of allMatches(INTRO, m.text.slice(0, 5000))) {
      const name = NAME.exec(m.text.slice(intro.index + intro[0].length, intro.index + intro[0].length + 70))?.[1];
      if (name && !NOT_NAMES.has(name.split(/\s+/)[0]!)) return name;
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
