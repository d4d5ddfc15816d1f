/** What the package held that an agent should not have to ask for again. */
export type KnownFacts = {
  orderIds?: readonly string[];
  emails?: readonly string[];
  phones?: readonly string[];
  accountIds?: readonly string[];
  errorCodes?: readonly string[];
  /** True when the package's `attempted` was not empty. */
  attempted?: boolean;
};
export type ReAskField =
  | 'entities.orderIds'
  | 'customer.email'
  | 'entities.phones'
  | 'entities.accountIds'
  | 'entities.errorCodes'
  | 'attempted';

/** Phrases naming each fact, in English, Spanish, French and German (matched on lower-cased, accent-kept text). */
const FIELD_PATTERNS: Record<ReAskField, RegExp> = {
  'entities.orderIds':
    /\border (number|no\.?|id|#|reference)|\border\s?#|n[uú]mero de (pedido|orden)|\bid del pedido|num[ée]ro de (commande|la commande)|r[ée]f[ée]rence de (la )?commande|bestellnummer|auftragsnummer/,
  'customer.email': /\be-?mail( address)?\b|correo( electr[oó]nico)?|courriel|adresse (e-?mail|mail)|\be-?mail-adresse/,
  'entities.phones':
    /phone number|n[uú]mero de (tel[eé]fono|m[oó]vil)|num[ée]ro de t[ée]l[ée]phone|telefonnummer|handynummer/,
  'entities.accountIds': /account (number|id)|n[uú]mero de cuenta|num[ée]ro de compte|kundennummer|kontonummer/,
  'entities.errorCodes':
    /error (code|message)|c[oó]digo de error|code d'erreur|message d'erreur|fehlercode|fehlermeldung/,
  attempted:
    /what (have you|did you) (already )?tr(y|ied)|have you (already )?tried|did you (already )?try|qu[eé] (has|ha) (intentado|probado)|(has|ha) (intentado|probado)|avez-vous (d[ée]j[àa] )?essay[ée]|qu'avez-vous (d[ée]j[àa] )?essay[ée]|as-tu (d[ée]j[àa] )?essay[ée]|haben sie (schon |bereits )?(etwas )?(versucht|probiert)|was haben sie (schon |bereits )?(versucht|probiert)/,
};

/** A sentence asks for something when it is a question or a request. */
const REQUEST =
  /\?|\bplease (send|provide|share|confirm|give|reply with|let me know)|\b(could|can|would) you (send|provide|share|confirm|give|tell|let me know)|\blet me know|\bi('ll| will)? need (your|the)|\bmay i (have|ask)|por favor|\b(podr[ií]a|puede|puedes|podr[ií]as) (enviar|indicar|confirmar|decir|facilitar|compartir|darme|mandar)|ind[ií]queme|env[ií]eme|necesito (su|tu|el|la)|pourriez-vous|pouvez-vous|merci de (nous|me) (envoyer|communiquer|indiquer|donner|confirmer)|veuillez|(m|nous)'(envoyer|indiquer|communiquer|donner)|j'ai besoin de votre|k[öo]nnten sie|k[öo]nnen sie|bitte (senden|schicken|nennen|teilen|geben|best[äa]tigen)|teilen sie (mir|uns)|nennen sie (mir|uns)|ich ben[öo]tige/;

const SENTENCE = /[^.!?\n]+[.!?\n]?/g;

/**
 * Flags the facts an agent's first public reply asks for although the package already held them, naming
 * the field. A sentence counts when it names the fact and is a question or a request, and does not quote
 * the known value (an agent confirming "your order 12345" has read the package).
 */
export function detectReAsk(reply: string, known: KnownFacts): ReAskField[] {
  const held: Record<ReAskField, readonly string[] | boolean> = {
    'entities.orderIds': known.orderIds ?? [],
    'customer.email': known.emails ?? [],
    'entities.phones': known.phones ?? [],
    'entities.accountIds': known.accountIds ?? [],
    'entities.errorCodes': known.errorCodes ?? [],
    attempted: known.attempted ?? false,
  };
  const found: ReAskField[] = [];
  const text = reply.toLowerCase();
  for (const sentence of text.match(SENTENCE) ?? []) {
    if (!REQUEST.test(sentence)) continue;
    for (const field of Object.keys(FIELD_PATTERNS) as ReAskField[]) {
      const values = held[field];
      const has = typeof values === 'boolean' ? values : values.length > 0;
      if (!has || found.includes(field) || !FIELD_PATTERNS[field].test(sentence)) continue;
      if (typeof values !== 'boolean' && values.some((v) => sentence.includes(v.toLowerCase()))) continue;
      found.push(field);
    }
  }
  return found;
}
