import type { AttemptOutcome } from '../schema/handoff-package';
import { gated, gatedTest } from './literal-gate';

/**
 * What says a step did not help, in the words after it: "still nothing", "didn't work", "same error",
 * "it just says 'Processing'", "the page only lets me view the old plan", "none of them work", and
 * es/fr/de ("me daba error", "ça change rien", "hilft nix"); a place that only holds part of what was
 * looked for ("le Trust Center ne contient que le Type I", "only shows the old account"); an option
 * greyed out; an error that came ("es kam aber nur eine Fehlermeldung").
 */
export const DIDNT_WORK = gated(
  /\b(?:link|code|token|url|page|voucher|coupon|promo\s+code|enlace|codigo|cupon|lien|bon|gutschein)\b[^.!?]{0,30}?\b(?:(?:is|was|has|had|says|said|shows|showed|got|gets)\s+(?:\w+\s+)?(?:expired|invalid|broken|not\s+valid)|(?:ha\s+)?(?:caducado|expirado|no\s+es\s+valido|no\s+valido)|(?:a\s+|est\s+)?(?:expire|invalide|n'est\s+(?:plus\s+)?valide)|(?:ist\s+)?(?:abgelaufen|ungultig|nicht\s+(?:mehr\s+)?gultig))\b|\b(?:says|said|shows)\s+(?:(?:it's|it\s+is|it\s+has|the\s+link\s+is)\s+)?(?:expired|invalid)\b|\b(?:(?:and|but)\s+(?:still\s+)?nothing|(?:did|done|tried)(?:\s+(?:that|it|this))?,?\s+(?:and\s+|but\s+)?(?:still\s+)?nothing|nothing\s+(?:yet|arrived|came|is\s+pending|showed\s+up|has\s+(?:arrived|come|changed)))\b|\b(?:(?:can't|cannot|couldn't|still\s+can't)\s+(?:get\s+(?:in|into|access)|access|log\s*in|sign\s*in|open|find|see)|didn't|did\s+not|doesn't|does\s+not|don't|isn't|wasn't|won't|never|still|not)\s+(?:\w+\s+){0,3}?(?:work|working|worked|help|helped|fix|fixed|arrive|arrived|receive|received|get|got|come|load|go\s+through|change|solve|solved|resolve|show|appear|happen)|\b(?:there\s+is\s+no|there's\s+no|i\s+(?:can't|cannot|don't)\s+(?:see|find)\s+(?:it|that|any|the|a)|same\s+(?:error|problem|issue|message|thing)|no\s+luck|nothing\s+(?:happened|changed|works)|still\s+(?:broken|fail\w*|declined|the\s+same|getting|seeing|not|doesn't|can't|no|drops?|dropping|happens|happening|crash\w*|freez\w*|down|disconnect\w*|dead|slow|stuck|there|showing|won't|wont|says|saying|reads|only|pending|processing|searching|refus\w*|reject\w*|denied|denies|0|zero)|(?:just|only)\s+(?:says|shows|showed|lets\s+me|gives\s+me|displays|has|had|contains|lists|offers)|\bne\s+(?:contient|contenait|affiche|affichait|montre|propose|indique|liste)\s+que\b|\bn'(?:affiche|affichait|indique|offre)\s+que\b|\bsolo\s+(?:muestra|mostraba|aparece|tiene|contiene|sale|deja)\b|\b(?:zeigt|zeigte|enthalt|steht|stand|listet)\s+(?:\w+\s+)?nur\b|\b(?:greyed|grayed)\s+out|\b(?:ausgegraut|grisee?s?)\b|with\s+no\s+(?:detail|details|explanation|info\w*)|keeps?\s+(?:failing|saying|showing|crashing|declining|getting)|(?:failed|declined|rejected|error)\s+again|it\s+failed|didn't\s+work|nope|no\s+it\s+(?:didn't|doesn't)|none\s+(?:of\s+(?:them|those|these)\s+)?(?:work\w*|are\s+\w+ing|is\s+\w+ing|sold|arrived|helped)|no\s+funcion[oó]|no\s+(?:reply|response|answer)|(?:never|didn't|did\s+not)\s+(?:hear\s+back|get\s+(?:a|any)\s+(?:reply|response|answer))|nobody\s+(?:replied|answered|called\s+back|got\s+back)|(?:sale|salta|da|daba|dio|salia|me\s+da|me\s+daba|me\s+dio|aparece)\s+(?:un\s+|el\s+)?error|(?<!\bya\s)no\s+(?:sale|aparece|carga|sirve)\b|sin\s+(?:exito|resultado)|ningun[oa]s?\s+(?:aparece|funciona|sirve|ha\s+llegado|llego|sale|ha\s+funcionado)|aucune?\s+(?:ne\s+)?(?:marche|fonctionne|n'a\s+(?:marche|fonctionne))|keine?r?\s+(?:davon\s+)?(?:funktioniert|geht|kam|ist\s+angekommen)|no\s+ha\s+(?:servido|funcionado|cambiado\s+nada)|ninguno\s+ha\s+(?:arreglado|solucionado)|affiche\s+(?:une\s+|la\s+m[eê]me\s+)?erreur|(?:kommt|kam|kamen|zeigt|zeigte|erscheint|erschien)\s+(?:\w+\s+){0,3}?(?:ein\s+|eine\s+|der\s+|die\s+)?fehler\w*|(?:gives|shows|throws)\s+(?:me\s+)?(?:an?\s+|the\s+same\s+)?error|no\s+(?:me\s+)?(?:ha\s+)?(?:llegado|lleg[oó])|no\s+(?:lo\s+|la\s+)?(?:he\s+)?recibido|(?:n'ai|ai)\s+(?:rien|pas)\s+re[cç]u|rien\s+re[cç]u|pas\s+re[cç]u|nicht\s+(?:angekommen|erhalten|bekommen)|sigue\s+sin|ne\s+marche\s+(?:toujours\s+)?pas|(?:ca|cela)\s+(?:ne\s+|n'a\s+)?(?:change|marche|remarche|fonctionne|sert|servi|rien\s+change)\s+(?:a\s+)?(?:rien|pas)|[cç]a\s+n'a\s+pas\s+march[eé]|(?:n'\s*)?y\s+a\s+rien|sans\s+(?:succes|resultat)|funktioniert\s+(?:einfach\s+|immer\s+noch\s+|trotzdem\s+)?(?:nicht|nichts)|hat\s+nicht\s+(?:funktioniert|geklappt)|hilft\s+(?:nix|nichts|nicht)|(?:hat|haben)\s+nichts\s+(?:gebracht|geholfen)|bringt\s+nichts|ohne\s+erfolg|ohne\s+ergebnis|(?:^|\b(?:y|pero|todavia|aun|igual|pues|nada,?))\s*no\s+funciona\b|\bsigue\s+(?:igual|fallando|dando\s+error)|otra\s+vez\s+nada|toujours\s+(?:pareil|la\s+meme\s+chose|rien)|(?:immer\s+noch|weiterhin)\s+(?:dasselbe|das\s+gleiche|der\s+gleiche\s+fehler|nichts)|same\s+as\s+before)/,
);

/** The customer says the step helped. */
export const WORKED = gated(
  /\b(?:that\s+(?:worked|works|fixed\s+it|did\s+it|helped)|it\s+(?:works|worked)(?:\s+now)?|it's\s+working\s+(?:now|again)|works\s+(?:now|again)|(?:got|received)\s+(?:it|the\s+(?:email|link|code|refund))|yes\s+(?:i\s+)?(?:got|see)\s+it|i'm\s+back\s+in|(?:got|received|have)\s+(?:a|the)\s+confirmation|fixed|resolved|sorted|perfect,?\s+thanks?)\b/,
);

/** Nobody answered a call, email or request: said of a contact, not of a fix ("nadie contesta el correo"). */
export const NO_REPLY = gated(
  /\b(?:(?:nobody|no\s+one|no-one)\s+(?:has\s+|had\s+|ever\s+)?(?:answer\w*|repl\w*|respond\w*|called\s+(?:me\s+)?back|got\s+back|came|come|showed\s+up|picks\s+up|picked\s+up)|never\s+(?:heard\s+back|got\s+(?:a|any)\s+(?:reply|response|answer)|had\s+(?:a|any)\s+(?:reply|response))|no\s+(?:reply|response|answer)|(?:jamais|pas|aucune?)\s+(?:eu\s+(?:de\s+|d'|la\s+moindre\s+)?|de\s+)?reponse|sans\s+(?:reponse|suite)|personne\s+(?:ne\s+)?(?:m'a\s+)?(?:repond|rappel|venu|est\s+venu)\w*|nadie\s+(?:me\s+)?(?:contesta|responde|ha\s+contestado|ha\s+respondido|contesto|respondio|vino|ha\s+venido)|sin\s+respuesta|no\s+(?:me\s+)?(?:han\s+)?(?:contestado|respondido|contestan|responden)|keine\s+(?:antwort|ruckmeldung|reaktion)|niemand\s+(?:hat\s+)?(?:antwortet|geantwortet|meldet\s+sich|gemeldet|zuruckgerufen)|ohne\s+antwort)/,
);

/** The step was done more than once: it did not help the first time. */
const REPEATED =
  /\b(?:twice|(?:two|three|four|five|six|several|multiple|many|a\s+few|a\s+couple\s+of|\d+)\s+times|more\s+times|over\s+and\s+over|repeatedly|(?:dos|tres|cuatro|varias|muchas)\s+veces|(?:deux|trois|quatre|plusieurs)\s+fois|zweimal|dreimal|mehrmals|mehrfach)\b/;
export const isRepeated = (step: string): boolean => REPEATED.test(step);

/**
 * A contact that got its answer ("he llamado al banco y me la han bloqueado", "called my bank and
 * they froze the card", "llamé al banco para bloquear la tarjeta y está bloqueada"): done, not waiting
 * on anyone.
 */
export const CONTACT_GOT_DONE = gated(
  /\b(?:and\s+(?:they|he|she)(?:'ve|\s+have|\s+has)?|y\s+(?:me\s+)?(?:lo|la|los|las\s+)?\s*(?:han|ha)|et\s+(?:ils|elle|il|on)\s+(?:me\s+l'|m'|l'|me\s+les\s+)?(?:ont|a)|und\s+(?:sie|die|er)\s+(?:haben|hat))\s+(?:\w+\s+){0,2}?(?:blocked|cancell?ed|frozen|froze|refunded|reversed|bloquead[ao]s?|cancelad[ao]s?|anulad[ao]s?|reembolsad[ao]s?|devuelto|bloquee?s?|annulee?s?|rembourse|gesperrt|storniert|erstattet|zuruckgebucht)\b|\b(?:and|y|et|und)\s+(?:it's|it\s+is|its|(?:ya\s+)?esta|elle\s+est|il\s+est|sie\s+ist|er\s+ist|es\s+ist)\s+(?:now\s+|ya\s+|maintenant\s+|jetzt\s+)?(?:blocked|cancell?ed|frozen|bloquead[ao]|cancelad[ao]|bloquee?|annulee?|gesperrt|storniert)\b/,
);

/**
 * How a step reported as done usually ends when the customer says nothing more of it:
 * - `try`: "tried", "attempted": it did not work, or they would not say "tried";
 * - `fix`: troubleshooting ("restarted", "cleared", "checked"): they are still here with the problem;
 * - `contact`: a call, email or request: waiting on someone, unknown;
 * - `done`: a change with its own end ("changed my password", "cancelled the card", "downloaded the
 *   report"): it happened, succeeded.
 */
export type StepKind = 'try' | 'fix' | 'contact' | 'done';

const TRY_VERB = /^(?:tr[iy]|attempt|retr[iy]|intent|prob[eéa]|essay|reessay|versuch|probier)/;
const CONTACT_VERB =
  /^(?:call|phon|rang|contact|email|e-mail|messag|text|wrote|writ|spoke|talk|submit|request|filed|report|wait|sent|llam|escrib|envi|mand|reclam|solicit|pregunt|appel|ecri|demand|signal|relanc|angerufen|geschrieben|gemeldet|kontaktiert|beantragt|gesendet|geschickt)/;
const DONE_VERB =
  /^(?:cancel|download|listed|block|froze|frozen|activat|deactivat|reactivat|got|receiv|descarg|bloque|desactiv|activ|annul|resili|telecharg|storn|gekundigt|gesperrt|deaktiv|aktiviert|hochgeladen|heruntergeladen)/;
/** Verbs that are done when they change the account ("changed my password") and a fix otherwise ("changed the filter"). */
const ACCOUNT_CHANGE_VERB = /^(?:chang|updat|remov|delet|clos|elimin|borr|supprim|geloscht|cambi|modifi|geandert)/;
const ACCOUNT_THING =
  /\b(?:password|passcode|pin|e-?mail|address|card|payment\s+method|account|profile|workspace|(?:user|display|nick)?name|username|photo|picture|avatar|subscription|membership|data|2fa|two-factor|phone\s+number|number|plan|details|contrasena|clave|cuenta|perfil|tarjeta|suscripcion|mot\s+de\s+passe|mdp|adresse|carte|compte|abonnement|passwort|kennwort|konto|karte|abo)\b/;
/** Things sent that arrive by being sent: "Sent photos to claims@...", not a message waiting on a reply. */
const DELIVERABLE =
  /^(?:(?:the|my|our|all\s+the|some|a\s+few|\w+)\s+)?(?:photos?|pictures?|pics?|images?|screenshots?|documents?|docs|receipts?|proof|copies|copy|files?|form|invoices?|fotos|documentos|justificantes|facturas?|justificatifs|pieces|unterlagen|belege|dokumente)\b/;

/** Looked at to find something out, not to fix it: "checked my statement", "checked my schedule". */
const LOOKED_UP =
  /\b(?:statements?|balance|transactions?|history|records?|receipts?|invoices?|bills?|schedule|calendar|diary|extracto|releve|kontoauszug)\b/;

export function kindOf(verb: string, object: string): StepKind {
  if (TRY_VERB.test(verb)) return 'try';
  if (/^(?:check|look|revis|verif|regard)/.test(verb) && LOOKED_UP.test(object)) return 'done';
  // sent or uploaded things arrive ("Sent photos to claims@...", "I uploaded them an hour ago"; not "I sent it")
  if (
    /^(?:sent|envi|envoy|gesendet|geschickt|upload|re-?upload|hochgeladen|sub[ií])/.test(verb) &&
    (DELIVERABLE.test(object) ||
      (/^(?:upload|re-?upload|hochgeladen|sub[ií])/.test(verb) && /^(?:them|it)\b/.test(object)))
  )
    return 'done';
  if (CONTACT_VERB.test(verb)) return 'contact';
  // "I just logged into my account and there are two orders I never placed": in, as anyone does
  if (/^(?:logged|signed)$/.test(verb) && /^(?:in|into|on|onto)\b/.test(object)) return 'done';
  if (DONE_VERB.test(verb)) return 'done';
  if (ACCOUNT_CHANGE_VERB.test(verb) && ACCOUNT_THING.test(object)) return 'done';
  return 'fix';
}

/**
 * The outcome of a step the customer reports: what they say after it in the sentence (`rest`), then
 * doing it more than once, then the next sentence, then what a step of its kind usually means.
 */
export function reportedOutcome(kind: StepKind, step: string, rest: string, next: string): AttemptOutcome {
  if (failedIn(kind, rest)) return 'failed';
  if (WORKED.test(rest)) return 'succeeded';
  if (isRepeated(step) || REPEATED_ALONE.test(next)) return 'failed';
  if (kind === 'try' || kind === 'fix') return 'failed';
  if (next && failedIn(kind, next)) return 'failed';
  if (kind === 'done') return 'succeeded';
  return CONTACT_GOT_DONE.test(rest) ? 'succeeded' : 'unknown';
}
const failedIn = (kind: StepKind, s: string) => DIDNT_WORK.test(s) || (kind === 'contact' && NO_REPLY.test(s));
/** "I cleaned the filter. TWICE.": the count said on its own, right after. */
const REPEATED_ALONE = /^(?:twice|again|(?:two|three|\d+)\s+times|dos\s+veces|deux\s+fois|zweimal)\b/;
