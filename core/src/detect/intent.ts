import type { HandoffEvent } from '../schema/handoff-event';
import type { Intent } from '../schema/handoff-package';
import type { Policy } from '../policy/policy-config';
import type { Turn } from './conversation-view';
import { SECURITY_NEGATIONS } from '../lexicon/risk-phrases';
import { Gate, gated, gatedTest } from './literal-gate';

/** Intent labels, checked in order (the more specific first), on the customer's words. */
const INTENTS: ReadonlyArray<readonly [label: string, pattern: RegExp]> = [
  [
    'security.account_compromised',
    /\b(?:hack\w*|unauthori[sz]ed|fraud\w*|identity\s+theft|(?:didn't|did\s+not|never)\s+(?:make|authori[sz]e)|don't\s+recogni[sz]e|someone\s+(?:logged|got)\s+into|(?:card|identity|account|phone|wallet|password|details)\s+(?:was\s+|were\s+|has\s+been\s+|got\s+)?stolen|stolen\s+(?:card|identity|account|phone|wallet|password|details)|pirat|gehackt|betrug|jemand\s+hat\s+sich\s+(?:\w+\s+){0,3}eingeloggt|jemand\s+hat\s+(?:mein|meine)\s+\w+\s+(?:ge[aä]ndert|benutzt|verwendet)|quelqu'un\s+a\s+(?:utilise|accede|pirate|change|modifie)|alguien\s+(?:entr[oó]|accedi[oó]|us[oó]|cambi[oó]|ha\s+(?:entrado|accedido|usado|cambiado))|fraude|(?:someone|somebody)\s+(?:has\s+)?used\s+my\s+(?:card|account|identity|details|credit\s+card)|jemand\s+hat\s+(?:\w+\s+){0,3}?mit\s+meine[rm]\s+(?:karte|kreditkarte|konto)|(?:paiement|prelevement|prélèvement|achat|debit|débit)s?\s+(?:\S+\s+){0,4}?que\s+(?:je\s+n'ai\s+pas|j'ai\s+pas|j'ai\s+jamais)\s+(?:fait|autoris)|sms\s+(?:\S+\s+){0,3}?(?:me\s+)?demand\w*\s+(?:mon|mes)\s+(?:code|coordonn)|(?:code|text|sms|email)s?\b(?:\s+\S+){0,6}?\s+(?:but\s+)?i\s+(?:didn't|did\s+not|never)\s+(?:request|ask\s+for)|(?:someone|somebody|a\s+stranger|they)\s+(?:has\s+|have\s+|had\s+)?(?:changed|reset|replaced)\s+(?:the\s+|my\s+)?(?:\w+\s+)?(?:email|e-mail|phone|mobile|password|pin|recovery)|(?:opened|took\s+out|applied\s+for)\s+(?:\w+\s+){0,3}?(?:account|card|loan|credit|contract)\w*\s+(?:\w+\s+)?(?:in|under)\s+my\s+name|(?:suplant|usurp)\w*\s+(?:la\s+|mi\s+|mon\s+)?identi|identit[aä]t\s+(?:\w+\s+)?(?:gestohlen|missbraucht)|a\s+mi\s+nombre|[aà]\s+mon\s+nom|in\s+meinem\s+namen|cobr\w*\s+(?:[\w$€£.,]+\s+){0,4}?que\s+no\s+(?:reconozco|autoric[eé])|que\s+je\s+ne\s+reconnais\s+pas|die\s+ich\s+nicht\s+(?:kenne|autorisiert\s+habe))/u,
  ],
  [
    'legal.data_request',
    /\b(?:gdpr|ccpa|rgpd|dsgvo|delete\s+(?:all\s+)?my\s+(?:personal\s+)?(?:data|information)|right\s+to\s+be\s+forgotten|data\s+subject|mis\s+datos|mes\s+donn[eé]es|meine\s+daten)/u,
  ],
  [
    'legal.dispute',
    /\b(?:lawyer|attorney|sue|lawsuit|legal\s+action|chargeback|regulator|ombudsman|abogad|avocat|anwalt|klage|denunci|demandar|porter\s+plainte|verklagen)/u,
  ],
  [
    'billing.double_charge',
    /\b(?:charged\s+(?:me\s+)?(?:[\w$€£.,]+\s+){0,6}?(?:twice|two\s+times|three\s+times|double|2x)|double[\s-]?charg\w*|over[\s-]?charg\w*|duplicate\s+charge|cobr\w+\s+dos\s+veces|cargo\s+duplicado|(?:d[eé]bit|factur|pr[eé]lev)[eé]e?s?\s+deux\s+fois|double\s+pr[eé]l[eè]vement|doppelt\s+(?:abgebucht|belastet)|cobr\w*\s+(?:[\w$€£.,]+\s+){0,4}?de\s+m[aá]s|factur\w*\s+(?:[\w$€£.,]+\s+){0,4}?en\s+trop|zu\s+viel\s+(?:berechnet|abgebucht|belastet))/u,
  ],
  [
    'billing.unexpected_charge',
    /\b(?:(?:my|the)\s+bill\s+(?:is|it's|its|was|seems)\s+(?:\w+\s+){0,3}(?:higher|wrong|more|too\s+high|incorrect)|higher\s+than\s+(?:usual|normal|expected)|(?:falsch|fehlerhaft)\w*\s+(?:ab)?rechnung|\d[\d.,]*\s*(?:€|\$|£|eur|euro|euros|dollars?)?\s+(?:statt|anstatt|instead\s+of|en\s+lugar\s+de|en\s+vez\s+de|au\s+lieu\s+de)\s+\d|auto-?\s*renew\w*|renewed\s+(?:\w+\s+){0,4}?(?:without|even\s+though|although)|(?:charged|billed|debited)\s+(?:[\w$€£.,']+\s+){0,8}?(?:i\s+(?:already\s+|had\s+)?cancel\w*|(?:was|were|had\s+been|already)\s+cancel\w*|after\s+(?:i\s+)?cancel\w*)|unexpected\s+(?:charge|fee)|(?:charge|fee)\s+i\s+(?:don't|do\s+not)\s+understand|factura\s+(?:m[aá]s\s+alta|incorrecta)|facture\s+(?:plus\s+[eé]lev[eé]e|incorrecte)|rechnung\s+(?:ist\s+)?(?:zu\s+hoch|falsch|h[oö]her))/u,
  ],
  [
    'billing.refund',
    /\b(?:(?<!\bnot\s(?:a\s)?|\bno\s|\bwithout\s(?:a\s)?|\bdon't\s+want\s+a\s)refund\w*|money\s+back|reimburs\w*|reembols\w*|rembours\w*|r[uü]ckerstattung|erstattung|(?:zur[uü]ck)?erstatten|devuelv\w*\s+(?:el\s+|mi\s+|los?\s+|las?\s+)?(?:dinero|importe|\d+))/u,
  ],
  [
    'billing.payment_failed',
    /\b(?:(?:card|payment|transaction)\s+(?:\w+\s+){0,2}(?:declined|failed|rejected|refused|not\s+going\s+through)|declined|can't\s+pay|cannot\s+pay|payment\s+(?:issue|problem|error)s?|(?:issue|problem|error)s?\s+with\s+(?:\w+\s+)?payments?|rechaz\w+|refus[eé]e?|abgelehnt)/u,
  ],
  ['billing.cancellation_fee', /\b(?:cancellation|early\s+termination|termination)\s+(?:fee|charge|penalty)/u],
  [
    'billing.invoice',
    /\b(?:invoice|billing\s+statement|factura|facture|rechnung)|\b(?:need|send|get|want|copy\s+of|download|resend|where\s+(?:is|can\s+i\s+find))\s+(?:me\s+)?(?:a\s+|an\s+|my\s+|the\s+)?(?:\w+\s+)?receipt/u,
  ],
  [
    'billing.payment_methods',
    /\b(?:payment\s+(?:methods?|options?)|pay\s+(?:with|by|using)|pagar\s+con|payer\s+(?:avec|par)|(?:mit|per)\s+\w+\s+(?:be)?zahlen|formas?\s+de\s+pago|moyens?\s+de\s+paiement|zahlungsm[oö]glichkeit\w*|zahlungsart\w*|accept\s+(?:paypal|credit|debit|apple\s+pay))/u,
  ],
  [
    'subscription.cancel',
    /\b(?:(?:cancel\w*|terminate|end|stop)\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:subscription|membership|plan|service)|ich\s+k[uü]ndige|k[uü]ndigung|k[uü]ndigen|r[eé]silier|cancelar\s+(?:mi\s+|la\s+)?(?:suscripci[oó]n|membres[ií]a|cuenta|plan))/u,
  ],
  [
    'subscription.change',
    /\b(?:(?:upgrade|downgrade|change|switch)\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:plan|subscription|tier)|tarif\s+(?:\w+\s+)?(?:wechseln|[aä]ndern|aendern)|(?:tarif|vertrag)wechsel|cambiar\s+(?:de\s+|mi\s+)?(?:tarifa|plan)|changer\s+(?:de\s+|d'|mon\s+)?(?:forfait|offre|abonnement))/u,
  ],
  [
    'order.cancel',
    /\b(?:cancel\w*)\s+(?:my\s+|the\s+|an?\s+)?(?:\w+\s+)?(?:order|purchase)|\b(?:bestellung|auftrag)\s+(?:\w+\s+){0,2}stornier\w*|\bstornier\w*\s+(?:sie\s+)?(?:\w+\s+)?(?:bestellung|auftrag)|\bcancelar\s+(?:mi\s+|el\s+|la\s+)?(?:pedido|compra|orden)|\bannuler\s+(?:ma\s+|la\s+|mon\s+)?(?:commande|achat)/u,
  ],
  [
    'order.damaged',
    /\b(?:broken|damaged|defective|faulty|cracked|wrong\s+(?:item|size|product|colou?r)|missing\s+(?:item|part|piece)s?|roto|da[nñ]ado|cass[eé]|besch[aä]digt|kaputt|incomplet[oa]?|falta(?:ba)?\s+(?:un|una|el|la)\b|il\s+manque|fehlt|(?:producto|art[ií]culo|pedido|paquete|talla|color)\s+(?:equivocad[oa]|incorrect[oa]|err[oó]ne[oa])|mauvais(?:e)?\s+(?:article|produit|colis|taille|couleur)|(?:article|produit)\s+(?:erron[eé]|incorrect)|falsche[nrs]?\s+(?:artikel|produkt|ware|gr[oö](?:ß|ss)e|farbe|lieferung|paket))/u,
  ],
  [
    'order.change',
    /\b(?:(?:change|update|correct|fix)\s+(?:the\s+|my\s+)?(?:shipping|delivery)?\s*address(?!\s+(?:on|for|in|of)\s+(?:my|the)\s+(?:account|profile))|cambiar\s+(?:la\s+|mi\s+)?direcci[oó]n(?!\s+de\s+(?:correo|e-?mail))|(?:changer|modifier)\s+(?:l'|mon\s+)?adresse(?!\s+(?:e-?mail|mail|courriel|[eé]lectronique))|(?<![-\w])(?:liefer)?adresse\s+(?:[aä]ndern|korrigieren)|lieferadresse)/u,
  ],
  [
    'order.return',
    /\b(?:return\s+(?:an?\s+|my\s+|the\s+)?(?:item|order|product|package)|return(?:ing)?\s+(?:an?|my|the|this|these|those|both)\s+(?!call|calls|email|emails|message|messages|favou?r)\w+|return\s+(?:it|them|label|window|policy)|send\s+(?:it|them)\s+back|devoluci[oó]n|devolver|retour(?:ner)?|r[uü]cksendung|zur[uü]ck(?:senden|schicken|geben))/u,
  ],
  ['order.change', /\b(?:change|modify|edit|update)\s+(?:my\s+|the\s+|an?\s+)?(?:order|purchase)/u],
  [
    'order.tracking',
    /\b(?:where\s+is\s+my|track\w*|(?<!\b(?:email|e-mail|code|link|text|sms|message|reset)\s+)(?:hasn't|has\s+not|haven't|never|not\s+yet|still\s+not)\s+(?:arrived|been\s+delivered|received|shipped)|delivery\s+status|shipping\s+status|late\s+(?:delivery|order|package)|(?:lieferung|paket|bestellung|sendung)\s+(?:\w+\s+){0,4}(?:uberfallig|verspatet)|(?:says|shows|marked\s+as|status\s+is)\s+delivered\s+but|(?:parcel|package|order|delivery|it)\s+(?:\w+\s+){0,3}(?:not\s+here|never\s+(?:came|arrived|showed\s+up))|(?:package|parcel|delivery)\s+(?:was\s+|got\s+)?stolen|stolen\s+from\s+(?:my\s+)?(?:porch|doorstep|mailbox)|(?:commande|colis|livraison)\s+(?:\w+\s+){0,3}en\s+retard|(?:pedido|paquete|env[ií]o)\s+(?:\w+\s+){0,3}no\s+(?:llega|ha\s+llegado)|wo\s+bleibt|wo\s+(?:sich\s+)?mein(?:e)?\s+(?:bestellung|lieferung|paket|sendung)|o[uù]\s+en\s+est\s+ma\s+(?:commande|livraison)|d[oó]nde\s+est[aá]\s+mi|o[uù]\s+est\s+ma\s+commande|wo\s+ist\s+meine|(?:pas|jamais)\s+(?:encore\s+)?(?:arriv|re[çc]u|livr)|no\s+(?:me\s+|nos\s+)?(?:ha\s+)?(?:llegado|lleg[oó])|nicht\s+(?:angekommen|geliefert|erhalten))/u,
  ],
  ['shipping.address', /\b(?:shipping|delivery|postal|mailing)\s+address/u],
  [
    'shipping.options',
    /\b(?:delivery|shipping)\s+(?:options?|period|times?|methods?|costs?)|\bdo\s+you\s+(?:ship|deliver)\s+(?:to|internationally|abroad|overseas|outside)|\bversand\s+nach|\bversandkosten|\blieferzeit|\bhacen\s+env[ií]os|\benv[ií]os?\s+a\s+\p{Lu}?|\blivrez-vous|\bexp[eé]diez-vous|\b(?:international|overseas)\s+(?:shipping|delivery)|how\s+long\s+(?:does|will)\s+(?:\w+\s+){0,2}(?:take|ship|deliver)/u,
  ],
  [
    'account.login',
    /\b(?:password|log\s*-?\s*in|sign\s*-?\s*in|locked\s+out|account\s+(?:is\s+|was\s+|got\s+|has\s+been\s+)?(?:locked|blocked|suspended)|(?:can't|cannot|can\s+not|unable\s+to)\s+access\s+my\s+account|logs?\s+me\s+out|logging\s+me\s+out|logged\s+me\s+out|two[\s-]factor|2fa|verification\s+code|reset\s+link|contrase[nñ]a|mot\s+de\s+passe|passwort|anmelden|c[oó]digo\s+de\s+verificaci[oó]n|no\s+puedo\s+(?:entrar|acceder|iniciar\s+sesi[oó]n)|code\s+de\s+v[eé]rification|n'arrive\s+pas\s+[aà]\s+me\s+connecter|kann\s+mich\s+nicht\s+(?:\w+\s+){0,4}?(?:anmelden|einloggen)|einloggen|eingeloggt|login|komme\s+nicht\s+(?:mehr\s+)?in\s+mein\s+konto|iniciar\s+sesi[oó]n|me\s+connecter|connexion\s+[aà]\s+mon\s+compte|best[aä]tigungscode)/u,
  ],
  [
    'account.registration',
    /\b(?:sign\s*-?\s*up|registration|register|create\s+(?:an?\s+)?(?:\w+\s+)?account|open\s+(?:an?\s+)?(?:\w+\s+)?account)/u,
  ],
  ['account.delete', /\b(?:delete|close|remove|terminate|deactivate)\s+(?:my\s+|the\s+|an?\s+)?(?:\w+\s+)?account/u],
  [
    'account.update',
    /\b(?:update|edit|change)\s+(?:my\s+|the\s+|our\s+)?(?:profile|account|email|e-mail|phone\s+number|name|details|personal\s+information|billing\s+(?:address|details|info\w*)|address\s+(?:on|for|in|of)\s+(?:my|the)\s+(?:account|profile))|\bcambiar\s+(?:mi\s+|el\s+|la\s+)?(?:correo|e-?mail|tel[eé]fono|n[uú]mero\s+de\s+tel[eé]fono|nombre|perfil|contrase[nñ]a)|\bchanger\s+(?:mon\s+|ma\s+|l')?(?:adresse\s+)?(?:e-?mail|courriel|num[eé]ro\s+de\s+t[eé]l[eé]phone|nom|profil)|\b(?:e-?mail(?:-adresse)?|telefonnummer|handynummer|namen?|profil)\s+(?:[aä]ndern|aktualisieren)|\b[aä]ndern\s+(?:meine\s+|die\s+)?(?:e-?mail|telefonnummer)/u,
  ],
  ['account.switch', /\bswitch\s+(?:to\s+)?(?:another|a\s+different|my\s+other)?\s*account/u],
  ['marketing.newsletter', /\b(?:newsletter|unsubscribe|mailing\s+list|marketing\s+emails?)/u],
  [
    'feedback.complaint',
    /\b(?:complain\w*|complaint|claim\s+against|(?:file|lodge|make)\s+(?:a\s+)?(?:\w+\s+)?(?:claim|reclamation)|reclamation|queja|plainte|beschwerde)/u,
  ],
  ['feedback.review', /\b(?:review|feedback|rate\s+(?:your|the)|opinion)/u],
  [
    'technical.connectivity',
    /\b(?:(?:internet|wifi|wi-fi|broadband|connection|signal|network|service)\s+(?:\w+\s+){0,4}(?:down|out|drops|dropping|slow|unstable|not\s+working|disconnect\w*)|outage|keeps\s+(?:dropping|disconnecting|cutting\s+out)|no\s+(?:internet|signal|service|connection)|sin\s+(?:internet|conexi[oó]n|se[nñ]al)|no\s+tengo\s+(?:internet|conexi[oó]n|se[nñ]al|wifi)|pas\s+de\s+(?:connexion|r[eé]seau|internet)|n'ai\s+(?:plus|pas)\s+(?:d'|de\s+)?(?:internet|connexion|r[eé]seau|wifi)|kein\s+(?:internet|netz|empfang|wlan)|(?:internet|wlan|wifi|netz)\s+(?:\w+\s+){0,4}?(?:geht|funktioniert|l[aä]uft)\s+(?:\w+\s+){0,3}?nicht|(?:internet|wlan)\s+(?:ist\s+)?(?:ausgefallen|weg|tot)|internet\s+(?:ne\s+)?(?:marche|fonctionne)\s+plus|st[oö]rung)/u,
  ],
  [
    'technical.error',
    /\b(?:error|crash\w*|bug|not\s+working|st[uü]rzt\s+(?:\w+\s+){0,4}ab|absturz|no\s+funciona|se\s+cierra\s+sol[ao]|ne\s+(?:marche|fonctionne)\s+(?:plus|pas)|plante|funktioniert\s+nicht|doesn't\s+work|won't\s+(?:load|open|work)|keeps\s+(?:failing|crashing|freezing)|[A-Z]\d{3,}|0x[0-9a-f]{4,})/u,
  ],
  [
    'contact.customer_service',
    /\bcustomer\s+(?:service|support|care|assistance)\b|\batenci[oó]n\s+al\s+cliente\b|\bservice\s+client(?:s|e|\u00e8le)?\b|\bkunden(?:service|dienst)\b/u,
  ],
];

/** "I'm not saying I was hacked": not an account takeover. */
const NOT_COMPROMISED = new RegExp(SECURITY_NEGATIONS.join('|'));

const INTENT_GATES = INTENTS.map(([label, pattern]) => ({ label, pattern, gate: new Gate(pattern) }));

const HUMAN = gated(
  /\b(?:human|agent|person|operator|representative|someone|somebody|manager|supervisor|persona|humano|humain|conseiller)s?\b|\b(?:mensch|mitarbeiter)/u,
);

/**
 * The customer's intent: the bot's own label when it was confident, else what the customer's words
 * say (the first messages weigh most), else the bot's label as it was, else `unknown`.
 */
export function detectIntent(event: HandoffEvent, customerTurns: Turn[], policy: Policy): Intent {
  const bot = event.bot;
  if (bot?.intent && (bot.confidence ?? 1) >= policy.lowConfidenceThreshold)
    return { label: bot.intent, confidence: round(bot.confidence ?? 0.7) };
  const text = customerTurns
    .slice(0, 6)
    .map((t) => t.norm)
    .join(' \n ')
    .slice(0, 6000);
  for (const { label, pattern, gate } of INTENT_GATES) {
    if (
      gate.mayMatch(text) &&
      pattern.test(text) &&
      !(label === 'security.account_compromised' && NOT_COMPROMISED.test(text))
    )
      return { label, confidence: customerTurns.length > 1 ? 0.7 : 0.6 };
  }
  if (bot?.intent) return { label: bot.intent, confidence: round(bot.confidence ?? 0) };
  if (gatedTest(HUMAN, text)) return { label: 'contact.human_agent', confidence: 0.6 };
  return { label: 'unknown', confidence: 0 };
}

const round = (x: number) => Math.round(x * 100) / 100;
