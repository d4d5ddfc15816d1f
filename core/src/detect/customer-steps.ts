import type { AttemptOutcome } from '../schema/handoff-package';
import { allMatches } from './all-matches';
import { gated, gatedTest, mayMatch } from './literal-gate';
import { literalClauses } from './regex-literals';
import { DIDNT_WORK, WORKED, kindOf, reportedOutcome, type StepKind } from './step-evidence';
import { clip, namedBefore, PRONOUN_OBJECT } from './step-text';

/**
 * A step the customer says they already took: its words (normalised, in pieces when rebuilt, "cancelled"
 * + "the card" + "with my bank" for "cancelled it with my bank"), its verb, how it went, and whether its
 * object is only "it" (then it may be the step the bot just suggested, "I submitted it already").
 */
export type CustomerStep = {
  parts: string[];
  verb: string;
  outcome: AttemptOutcome;
  pronoun: boolean;
  at: number;
  /** The process a failure names ("payment" in "my payment failed"): the bot's retry_payment is that step. */
  thing?: string;
  /** A cancellation: it failed if they are still being charged, whichever message says so. */
  cancel?: boolean;
};

/** Past tenses a customer reports a step with ("I restarted ...", "we've emailed ..."). */
const EN_DID = String.raw`tried|tryed|attempted|retried|restarted|rebooted|reinstalled|uninstalled|installed|cleared|cleaned|reset|updated|re-?entered|entered|changed|used|checked|resized|compressed|renamed|converted|cropped|re-?imported|imported|exported|refreshed|called|contacted|emailed|messaged|texted|wrote|spoke|talked|followed|switched|unplugged|replugged|plugged|turned|(?:logged|signed)(?=\s+(?:in|out|into|off|back|onto|on)\b)|disabled|enabled|waited|sent|resent|clicked|requested|submitted|resubmitted|reported|filed|cancell?ed|deleted|removed|closed|downloaded|re-?uploaded|uploaded|listed|blocked|froze|replaced|swapped|reconnected|disconnected|tested|scanned|retook|redid|activated|deactivated|reactivated|answered|completed|filled(?=\s+(?:in|out)\b)|got|received`;
/** "I did try the dashboard", "we did call": the emphatic past, said to insist it was done. */
const EMPHATIC_DID = /^did\s+(?:already\s+|also\s+)?/;
const EN_DID_EMPHATIC = String.raw`did\s+(?:already\s+|also\s+)?(?:try|check|call|contact|email|restart|reboot|reset|update|clear|reinstall|follow|use|submit|send|change|cancel|upload|fill\s+(?:in|out)|answer|complete|log\s+(?:in|out))`;
/**
 * Where a step's words end: the next "I ..." clause (also run on, as voice transcripts come: "i restarted
 * the app i restarted the tv"), "but ...", ", and ...", how it went ("... nothing works"), the sentence.
 */
const EN_STEP_END = String.raw`\s+(?:and|but|then)\s+(?:i|we)\b|,\s*(?:and\s+|but\s+|then\s+)?(?:i|we)\b|\s+(?:and|but|so)\s+(?:it|its|it's|that|still|nothing)\b|\s+(?:and|but)\s+(?:the|my|your)\s+(?:[\w-]+\s+)?(?:still|then|just|only|keeps?|kept|won't|wouldn't|didn't|doesn't|said|says|showed|shows|refused|rejected)\b|,\s*(?:and\s+|then\s+)?(?:already\s+|also\s+)?(?:tried|restarted|rebooted|reinstalled|uninstalled|cleared|cleaned|reset|updated|unplugged|switched|disabled|enabled|retried|checked)\b|\s+but\b|,\s*(?:and|so|which|because|though|however)\b|\s+(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+|also\s+|even\s+|just\s+|then\s+)?(?:${EN_DID})\b|\s+(?:nothing|none|nobody|no\s+one)\b|[!?\n;]|\.(?!\w)|$`;

const CUSTOMER_TRIED = gated(
  new RegExp(
    // not a question or a condition: "how do i reset my pin", "can i change", "if i restart"; a voice
    // transcript may run on with no end in sight: then its first 90 characters
    String.raw`(?<!\b(?:do|does|can|could|should|shall|may|if|would|will|did|how|where|when|why|what|whether|to)\s)\b(?:i(?:'ve|\s+have|\s+had)?|we(?:'ve|\s+have|\s+had)?)\s+(?:already\s+|also\s+|even\s+|just\s+|then\s+|actually\s+)?(${EN_DID}|${EN_DID_EMPHATIC})\s+((?:[^.!?\n;]|\.(?=\w)){2,90}?(?=${EN_STEP_END})|(?:[^.!?\n;]|\.(?=\w)){90})`,
    'g',
  ),
);
const BARE_STEP_END = String.raw`(?=\s+(?:and|but|then)\s+(?:i|it|still|nothing|no)\b|\s+(?:nothing|none|nobody|no\s+one)\b|,|[!?\n;]|\.(?!\w)|$)`;
/**
 * Steps said without "I", as chat and voice customers do: "Reinstalled the app, no luck", "Restarted it
 * twice already, still dead", "Already did a factory reset", "..., tried incognito and a different browser".
 */
const CUSTOMER_TRIED_BARE = gated(
  new RegExp(
    String.raw`(?:^|[.!?;]\s+|,\s+|\band\s+(?:then\s+)?|\bthen\s+)((?:already\s+|also\s+|even\s+|just\s+)?)(tried|tryed|restarted|rebooted|reinstalled|uninstalled|cleared|cleaned|checked|reset|updated|re-?entered|unplugged|replugged|switched|disabled|enabled|retried|retook|redid|resized|did\s+(?:a|the)\s+\w+)\s+((?:[^.!?\n;,]|\.(?=\w)){2,80}?)${BARE_STEP_END}`,
    'g',
  ),
);
/** Without "I" only where a sentence starts: "Sent photos to claims@... an hour ago", "Called twice, nobody answers". */
const CUSTOMER_DID_AT_START = gated(
  new RegExp(
    String.raw`(?:^|[.!?;]\s+)((?:already\s+|also\s+|just\s+)?)(sent|resent|cancell?ed|deleted|downloaded|uploaded|called|emailed|contacted|submitted|listed|wrote|spoke)\s+((?:[^.!?\n;,]|\.(?=\w)){2,80}?)${BARE_STEP_END}`,
    'g',
  ),
);

/**
 * Spanish: the preterite ("intenté subir la factura", "yo la cancelé en recepción"), with "ya" or as
 * written with its accent (without it, "cancele" is also "please cancel"), and the perfect ("ya he
 * llamado al banco", "he probado a reinstalar"). On normalised text: accents off.
 */
const ES_PRETERITE_VERBS = String.raw`intente|probe|reinicie|borre|cambie|revise|verifique|comprobe|llame|pregunte|reinstale|desinstale|actualice|entre|envie|mande|subi|cancele|elimine|limpie|restableci|descargue|escribi|bloquee|desactive|active|reclame|solicite|contacte|hable|di\s+de\s+baja`;
const ES_PERFECT_VERBS = String.raw`intentado|probado|reiniciado|borrado|cambiado|revisado|reinstalado|desinstalado|actualizado|comprobado|llamado|escrito|enviado|mandado|subido|cancelado|eliminado|limpiado|restablecido|bloqueado|verificado|contactado|entrado|descargado|solicitado|reclamado|desactivado|activado|hablado|dado\s+de\s+baja`;
/** A step's words in Spanish, up to the next step said ("..., y también he borrado ...", "..., borré ..."). */
const ES_OBJECT = String.raw`((?:(?!,?\s+y\s+(?:ya\s+|tambien\s+)?(?:he|hemos)\s|,\s+(?:y\s+)?(?:ya\s+|tambien\s+)?(?:he\s|hemos\s|(?:${ES_PRETERITE_VERBS})\b))(?:[^.!?\n;]|\.(?=\w)))`;
const ES_PRETERITE = gated(
  new RegExp(
    String.raw`\b(?:(ya|yo|tambien|incluso|y\s+ya)\s+(?:(?:ya|tambien|lo|la|los|las|le|les|me|se)\s+){0,2})?(?:(?:lo|la|los|las)\s+)?(${ES_PRETERITE_VERBS})\s+${ES_OBJECT}{2,90})`,
    'g',
  ),
);
const ES_PERFECT = gated(
  new RegExp(
    String.raw`\b(?:(?:ya|tambien|incluso)\s+)?(?:(?:lo|la|los|las|le|les|me|se)\s+)?(?:he|hemos)\s+(?:ya\s+|tambien\s+|incluso\s+)?(${ES_PERFECT_VERBS})\b\s*${ES_OBJECT}{0,90})`,
    'g',
  ),
);
/**
 * French passé composé, each step to the next "j'ai": "j'ai redémarré la box, j'ai même changé le câble",
 * "j'ai même désinstallé pis réinstallé l'app", "on a relancé", and with what it was done to said
 * before, agreeing with it ("je l'ai déjà réinstallée deux fois", "je les ai renvoyés").
 */
const FR_PASSE = gated(
  /\b(?:j'ai|on\s+a|nous\s+avons|(?:je|on|nous)\s+(?:l'|les\s+|lui\s+|leur\s+)(?:ai|a|avons)|je\s+(?:l'|les\s+)y\s+ai)\s+(?:(?:deja|meme|aussi|bien|egalement|encore|pourtant|tout|alors)\s+)*((?:essaye|reessaye|redemarre|reinitialise|vide|change|verifie|contacte|appele|demande|regarde|reinstalle|desinstalle|mis\s+a\s+jour|envoye|renvoye|annule|supprime|active|desactive|bloque|nettoye|reduit|relance|telecharge|ecrit|refait|teste|suivi|debranche|rebranche|eteint|rallume|resilie|modifie|signale|rempli)(?:es|e|s)?)\b\s*((?:(?!,?\s+(?:et\s+|pis\s+|puis\s+)?(?:j'ai|on\s+a|je\s+l'ai|je\s+les\s+ai)\b)(?:[^.!?\n;]|\.(?=\w))){0,90})/g,
);
/** German participles a step ends on (verb last): "den Cache geleert", "SIM schon raus und wieder rein gemacht". */
const DE_PARTICIPLE = String.raw`(?:neu\s+|wieder\s+)?(?:gestartet|neugestartet|geleert|geloscht|generiert|installiert|deinstalliert|zuruckgesetzt|aktualisiert|gepruft|uberpruft|kontrolliert|ausgeschaltet|eingeschaltet|ausgesteckt|eingesteckt|abgezogen|getauscht|gewechselt|geandert|versucht|probiert|angerufen|geschrieben|gesprochen|telefoniert|gemeldet|storniert|gekundigt|gesperrt|abgemeldet|angemeldet|entfernt|hochgeladen|gemacht|gereinigt|ersetzt|verbunden|getrennt|kontaktiert|gesendet|geschickt|importiert|eingegeben|eingetragen|ausprobiert|getestet|heruntergeladen|aktiviert|deaktiviert)`;
/**
 * A German clause that reports a step, from its start ("Ich habe ...", "Auch ...", "und ...", a new
 * sentence) to the participle, at most seven words between.
 */
const DE_DID = gated(
  new RegExp(
    // ("am 20. November": a day's period starts nothing)
    // ("die Batterie hab ich gestern gewechselt": what was done to, said first, in group 1)
    String.raw`(?:^|(?<!\d)[.!?;,]\s*|\b(?:und|ich\s+hab(?:e)?|hab(?:e)?\s+ich|wir\s+haben|haben\s+wir)\s+|\b((?:den|die|das|dem|der|mein|meine|meinen|unser|unsere|unseren|ihr|ihre|ihren|diese|diesen|dieses)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:hab(?:e)?\s+ich|haben\s+wir)\s+)(?:(?:auch|schon|bereits|ja|dann|naturlich)\s+)*((?:(?:[\w-]+|\d+\.)\s+){0,7}?)(${DE_PARTICIPLE})\b`,
    'g',
  ),
);
/** "Ich habe schon mit Ihrem Kollegen gesprochen": anything after "ich habe ... schon". */
const DE_ALREADY = gated(/\bich\s+habe\s+(?:\w+\s+){0,3}?(?:schon|bereits)\s+([^.!?\n;]{2,90})/g);
const DE_PARTICIPLE_IN = new RegExp(String.raw`\b(${DE_PARTICIPLE})\b`);

/**
 * A process that failed for the customer, said as a thing: "the selfie check keeps failing", "our CSV
 * upload fails on row 212", "my photo verification is reject two times", "my gift card won't redeem".
 * Not "if the payment fails".
 */
const PROCESS_FAILED = gated(
  /(?<!\b(?:if|when|whether|unless|case)\s)\b(?:my|the|our|this)\s+((?:[\w-]+\s+){0,3}?(upload|verification|check|payment|transfer|login|log-?in|sign-?in|redemption|reset|update|installation|install|download|sync|scan|submission|application|port(?:-?\s*out)?|checkout|purchase|withdrawal|deposit|activation|registration|transaction)\s+(?:keeps?\s+(?:failing|getting\s+(?:rejected|declined|denied)|erroring(?:\s+out)?|timing\s+out)|fails|failed|has\s+failed|(?:was|is|got|gets|has\s+been)\s+(?:rejected|declined|denied|reject)|(?:won't|didn't|doesn't)\s+go\s+through)(?:\s+(?:on|at|with|every|each|two|three|\d+)\b(?:\s+[^\s.!?;,]+){0,5})?)|\b(?:my|the|our|this)\s+((?:[\w-]+\s+){0,3}?[\w-]+\s+(?:won't|will\s+not|doesn't|does\s+not|can't)\s+(redeem|upload|sync|install|download|activate|go\s+through|verify|scan))\b|\b(?:my|the|our|this)\s+((?:[\w-]+\s+){0,3}?(button|link|code|pin|passcode|otp|form|option|toggle|coupon|voucher|key)\s+(?:didn't|doesn't|won't|wouldn't|does\s+not|did\s+not|isn't|is\s+not|wasn't)\s+(?:work\w*|do\s+anything|respond\w*))/g,
);
/**
 * What the app or site would not let the customer do, which they tried: "the app didn't let me end the
 * ride", "la app no me dejó finalizar el viaje", "l'appli ne me laisse pas payer", "lässt mich nicht zahlen".
 */
const NOT_LET = gated(
  /\b(?:(?:the|your)\s+(?:app|site|website|page|system|portal|machine|kiosk)\s+|it\s+)?(?:won't|wouldn't|didn't|doesn't|does\s+not|did\s+not|would\s+not)\s+let\s+me\s+[^.!?;,]{2,50}|\b(?:(?:la|el)\s+(?:app|aplicacion|web|pagina|sistema|maquina)\s+)?no\s+me\s+(?:deja|dejaba|dejo|permite|permitia|permitio)\s+[^.!?;,]{2,50}|\b(?:(?:l'app|l'appli|l'application|le\s+site|la\s+borne)\s+)?ne\s+me\s+(?:laisse|laissait|permet|permettait)\s+pas\s+[^.!?;,]{2,50}|\b(?:die\s+(?:app|seite|website)\s+)?l[aä]sst\s+mich\s+(?:\w+\s+){0,4}?nicht\s+[^.!?;,]{2,50}/g,
);
/**
 * What fails each time the customer does it: "every time i hit transfer", "whenever I click checkout",
 * "cada vez que intento pagar", "à chaque fois que j'essaie de payer", "jedes Mal, wenn ich zahlen will".
 */
const EVERY_TIME = gated(
  /\b(?:every\s*time|each\s+time|whenever)\s+i\s+((?:try\s+to\s+|tried\s+to\s+)?(?:hit|press|click|tap|open|select|enter|use|go\s+to|pay|log\s*in|sign\s*in|submit|upload|scan|transfer|redeem|book|check\s*out)\b[^.!?;,]{0,40}?)(?=\s+(?:it|the\s+app|i|and|but|that|this)\b|[.!?;,]|$)|\bcada\s+vez\s+que\s+((?:intento|le\s+doy\s+a|pulso|entro|pago|abro)\b[^.!?;,]{0,40}?)(?=\s+(?:me|la|el|se|y|pero)\b|[.!?;,]|$)|\b(?:a\s+)?chaque\s+fois\s+(?:que\s+|qu')(j'essaie|je\s+(?:clique|appuie|tente|paie|valide|ouvre)\b[^.!?;,]{0,40}?)(?=\s+(?:ca|il|elle|l'app|et|mais)\b|[.!?;,]|$)|\bjedes\s+mal,?\s+wenn\s+ich\s+([^.!?;,]{2,40}?\s+(?:will|mochte|versuche|klicke|drucke|tippe))\b/g,
);
/** "despite several reminders", "malgré plusieurs relances", "a pesar de varias llamadas", "trotz mehrerer Mahnungen". */
const DESPITE = gated(
  /\b(?:despite|in\s+spite\s+of|malgre|a\s+pesar\s+de|pese\s+a|trotz)\s+(?:(?:my|mes|mis|meiner|meinen|several|many|multiple|numerous|repeated|plusieurs|nombreuses|nombreux|de|varias|varios|muchas|mehrerer|mehreren|vielen|wiederholten|\d+|two|three|deux|trois|dos|tres|zwei|drei)\s+){1,2}(?:reminders?|relances?|calls?|phone\s+calls|emails?|e-mails?|messages?|requests?|complaints?|attempts?|tries|follow-?ups?|intentos|reclamaciones|reclamos|llamadas|correos|mensajes|solicitudes|appels|mails|courriels|demandes|reclamations|tentatives|anrufen?|mahnungen|nachfragen|erinnerungen|versuchen?|beschwerden)\b/g,
);
const TECH_WORD = gated(
  /\b(?:technicians?|techs?(?!\s+support)|engineers?|repair\s*m[ae]n|tecnicos?|techniciens?|techniker|monteure?)\b/,
);
/**
 * A technician sent to fix it, and what they did ("the tech cleaned it", "tres técnicos me habéis
 * mandado", "le technicien est déjà venu"): the customer is still here, so it did not fix it.
 */
const TECH_VISIT = gated(
  /\b(?:(?:the|a|your|two|three|\d+|le|un|votre|deux|trois|el|su|dos|tres|der|ein|ihr|zwei|drei)\s+)?(?:technicians?|techs?(?!\s+support)|engineers?|repair\s*m[ae]n|tecnicos?|techniciens?|techniker|monteure?)\s+(?:[\w']+\s+){0,4}?(?:came|visited|has\s+been\s+(?:out|here|round)|was\s+(?:here|out)|came\s+out|replaced|changed|fixed|repaired|cleaned|swapped|est\s+(?:deja\s+)?(?:venu|passe)|sont\s+(?:deja\s+)?(?:venus|passes)|vino|vinieron|ha\s+venido|han\s+venido|habeis\s+mandado|han\s+mandado|ha\s+mandado|war\s+(?:schon\s+)?(?:da|hier)|kam)\b(?:[^.!?;,]){0,40}/g,
);
/** What he or she did, in a message about a technician: "il a changé la pompe", "he replaced the board". */
const TECH_DID = gated(
  /\b(?:he|she|they|il|elle|ils)\s+(?:has\s+|have\s+|a\s+|ont\s+)?(?:already\s+|deja\s+)?(?:changed|replaced|cleaned|swapped|fixed|repaired|reset|change|remplace|nettoye|repare)\s+[^.!?;,]{2,50}|\bel\s+tecnico\s+(?:ya\s+)?(?:cambio|reemplazo|limpio|arreglo|ha\s+cambiado|ha\s+reemplazado)\s+[^.!?;,]{2,50}/g,
);
/** The customer looked where the bot pointed and found nothing: "dans mes commandes il y a rien", "there's nothing in my spam". */
const NOTHING_THERE = gated(
  /\b(?:in|on|dans|sur|en|im|auf)\s+(?:the|my|mes|mon|ma|mis|mi|la|el|le|meine[mn]?|der|dem|den)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:there\s+is\s+nothing|there's\s+nothing|it's\s+empty|(?:il\s+)?(?:n'\s*)?y\s+a\s+rien|no\s+(?:hay|aparece|sale)\s+nada|(?:ist|steht)\s+nichts)|\b(?:there\s+is|there's)\s+nothing\s+(?:in|on)\s+(?:the|my)\s+[\w-]+(?:\s+[\w-]+)?|\b(?:il\s+)?(?:n'\s*)?y\s+a\s+rien\s+(?:dans|sur)\s+(?:mes|mon|ma|le|la)\s+[\w-]+|\bno\s+hay\s+nada\s+en\s+(?:mi|mis|la|el)\s+[\w-]+/g,
);
/**
 * What works for the customer, which they tried to narrow the problem down: "I can log in on the web
 * fine", "puedo entrar desde el navegador sin problema", "je peux me connecter sur le site sans souci",
 * "im Browser kann ich mich problemlos anmelden" (normalised, "im" reads "i'm"). Only with the word
 * that says it went well.
 */
const WORKS_FINE = gated(
  /\b(?:i|we)\s+(?:can|could)\s+(?:still\s+)?((?:log\s*(?:in|on)|login|sign\s*(?:in|on)|get\s+in|access|open|use|connect|pay|watch|stream|play|download|see|view|print|send|call)\b[^.!?;,]{2,60}?)\s+(?:(?:just\s+)?fine|perfectly(?:\s+well)?|no\s+problem|without\s+(?:any\s+)?(?:problems?|issues?|trouble))\b|\b(?:puedo|podemos)\s+((?:entrar|acceder|iniciar\s+sesion|conectarme|pagar|usar|ver|abrir|descargar)\b[^.!?;,]{2,60}?)\s+(?:sin\s+(?:ningun\s+)?problemas?|perfectamente)\b|\b(?:je\s+peux|j'arrive\s+a|on\s+peut)\s+((?:me\s+connecter|acceder|payer|utiliser|ouvrir|voir|telecharger)\b[^.!?;,]{2,60}?)\s+(?:sans\s+(?:aucun\s+)?(?:probleme|souci)s?|parfaitement|normalement)\b|\b((?:(?:im|i'm|am|auf|in|uber|mit)\s+(?:dem\s+|der\s+|den\s+)?[\w-]+\s+)?(?:ich\s+kann|kann\s+ich)\s+(?:mich\s+)?[^.!?;,]{0,40}?\b(?:problemlos|ohne\s+probleme)\s+(?:anmelden|einloggen|bezahlen|zahlen|offnen|nutzen|zugreifen|herunterladen))\b/g,
);
/** The customer's bank blocked the card: "ma carte ... a été bloquée dimanche par ma banque", "my bank froze the card". */
const BANK_BLOCKED = gated(
  /\b((?:my|the|ma|mon|mi|la|el|meine|die)\s+(?:[\w-]+\s+)?(?:card|carte|tarjeta|karte))\b(?:[^.!?;]{0,40}?)\s+((?:was|has\s+been|a\s+ete|fue|ha\s+sido|wurde|ist)\s+(?:already\s+|deja\s+|ya\s+|schon\s+)?(?:blocked|cancell?ed|frozen|bloquee|annulee|bloqueada|cancelada|gesperrt)\s+(?:[^.!?;]{0,30}?\s+)?(?:by|par|por|von)\s+(?:my|the|ma|mon|mi|el|meiner|der|la)\s+(?:bank|banque|banco))\b|\b(?:my|ma|mon|mi|meine)\s+(?:bank|banque|banco)\s+(?:has\s+|a\s+|ha\s+|hat\s+)?(?:already\s+|deja\s+|ya\s+|schon\s+)?(?:blocked|cancell?ed|froze|bloque|annule|bloqueado|bloqueo|gesperrt)\s+(?:the|my|ma|la|mi|meine|die)\s+(?:card|carte|tarjeta|karte)\b/g,
);

const STILL_CHARGED = gated(
  /\b(?:still\s+(?:being\s+)?(?:charg|bill)\w*|keep\s+(?:charging|billing)|charged\s+(?:me\s+)?again|siguen?\s+cobrando|(?:me\s+)?volvieron\s+a\s+cobrar|continuent?\s+(?:a|de)\s+(?:me\s+)?(?:prelever|facturer|debiter)|toujours\s+(?:preleve|facture|debite)|(?:buchen|bucht)\s+(?:immer\s+noch|weiter(?:hin)?)\s+ab|immer\s+noch\s+abgebucht|cancell?ation\s+(?:didn't|did\s+not|never|wasn't|was\s+not|hasn't|has\s+not)\s+(?:\w+\s+)?(?:register|go\s+through|process|take|work)\w*|cancelacion\s+no\s+(?:se\s+)?(?:registro|proceso|funciono)|annulation\s+n'a\s+pas\s+(?:ete\s+)?(?:prise|enregistree|fonctionne)|kundigung\s+(?:wurde\s+|ist\s+)?nicht\s+(?:registriert|bearbeitet|angekommen|durchgegangen))/,
);
/** "me siguen cobrando", "charged me again": a cancellation the customer reports did not take. */
export const saysStillCharged = (norm: string): boolean => gatedTest(STILL_CHARGED, norm);
const CANCEL_VERB = /^(?:cancel|annul|resili|storn|gekundigt|di\s+de\s+baja|dado\s+de\s+baja)/;
/** German answers with no step named: "Hab ich schon gemacht", "alles schon versucht". */
const DE_NOTHING_NAMED = /^(?:(?:ich|wir|hab|habe|haben|das|es|schon|bereits|auch|ja|alles|selbst|so)\s+)*$/;
/** "gemacht" (done, made) is a step only with what was done: "SIM raus und wieder rein gemacht", "einen Reset gemacht". */
const DE_MADE_STEP = /\b(?:raus|rein|reset|neustart|update|werkseinstellung\w*|zurucksetzung|test|speedtest)\b/;

/** A step said in a relative clause, with the thing it was done to: "the number that we called", "au numéro, que nous avons appelé". */
const RELATIVE_TO =
  /\b(?:the|my|our|au|aux|le|la|les|l'|du|des|el|los|las|al|del)\s*[^\s,.;!?]+(?:\s+[^\s,.;!?]+){0,2}?\s*,?\s*(?:that|which|que|qu')\s*(?:(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+|also\s+|even\s+|just\s+)?)?$/;
/** What RELATIVE_TO needs just before the step, tested first on a few characters. */
const RELATIVE_WORD = /\b(?:that|which|que|qu')\b/;
/** A code, PIN or link received: a step when it failed ("i already got three pins none of them work"). */
const CREDENTIAL =
  /^(?:(?:a|an|the|my|your|\w+)\s+){0,2}?(?:new\s+)?(?:codes?|pins?|links?|otps?|passcodes?|tokens?|reset\s+(?:links?|emails?))\b/;
/**
 * Reported with a past tense but no step: "changed my mind", "used to", "Sent from my iPhone", "changed
 * jobs", and a relative clause about someone ("the last human I talked to on here").
 */
const NOT_A_STEP =
  /^(?:changed\s+(?:my\s+mind|jobs?|careers?)|(?:talked|spoke|chatted|wrote|messaged)\s+(?:to|with)(?:\s+(?:on|in|at|here|there|before|earlier|yesterday|today|last|then)\b|$)|used\s+to\b|sent\s+from\s+my\b|turned\s+\d|got\s+(?:charged|billed)|cambie\s+de\s+(?:opinion|idea)|j'ai\s+change\s+d'avis)/;

/**
 * One literal check for all the expressions of `readRarerSteps`: each needs one of the literals of its
 * most selective clause, so a text with none of them all holds no match for any (correct by
 * construction, whatever the expressions become). An expression with no literal to need runs always.
 */
function gateForAll(expressions: RegExp[]): RegExp {
  const needed = new Set<string>();
  for (const re of expressions) {
    const clause = literalClauses(re)?.[0];
    if (!clause || clause.length === 0) return /(?:)/;
    for (const literal of clause) needed.add(literal);
  }
  return gated(new RegExp([...needed].map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
}
const RARER_STEPS_GATE = gateForAll([
  CUSTOMER_DID_AT_START,
  WORKS_FINE,
  FR_PASSE,
  PROCESS_FAILED,
  NOT_LET,
  EVERY_TIME,
  ES_PRETERITE,
  ES_PERFECT,
  DE_DID,
  DE_ALREADY,
  DESPITE,
  TECH_WORD,
  NOTHING_THERE,
  BANK_BLOCKED,
]);

/** The rest of the sentence from `at`, and the sentence after it (a "." inside "claims@x.com" or "1.5" ends none). */
function sentencesFrom(text: string, at: number): [string, string] {
  const tail = text.slice(at, at + 400);
  const end = /[.!?]+(?=\s|$)|\n/.exec(tail);
  if (!end) return [tail, ''];
  const after = tail.slice(end.index + end[0].length).trimStart();
  const next = /[.!?]+(?=\s|$)|\n/.exec(after);
  return [tail.slice(0, end.index), next ? after.slice(0, next.index) : after];
}

type Report = {
  verb?: string;
  object?: string;
  kind?: StepKind;
  /** The outcome whatever follows ("despite several reminders" failed). */
  always?: AttemptOutcome;
  /** The step in pieces, each as said (rebuilt from words apart in the message). */
  parts?: string[];
  /** The words as matched, nothing cut after them ("dans mes commandes il y a rien"). */
  asSaid?: boolean;
};

const bySaidOrder = (a: CustomerStep, b: CustomerStep) => a.at - b.at;

const toldHowItWent = (sentence: string) =>
  /\balready\b/.test(sentence) || DIDNT_WORK.test(sentence) || WORKED.test(sentence);

/** Adds the step said at `at` to `out`, with how it went (a function of its own: this runs on every message). */
function report(out: CustomerStep[], norm: string, at: number, step: string, how: Report): CustomerStep | undefined {
  const verb = how.verb ?? '';
  const object = how.object ?? '';
  const said = how.asSaid ? step.trim() : clip(step);
  if (NOT_A_STEP.test(said)) return undefined;
  const [rest, next] = sentencesFrom(norm, at);
  const kind = how.kind ?? kindOf(verb, object);
  const outcome = how.always ?? reportedOutcome(kind, said, rest, next);
  const pronoun = PRONOUN_OBJECT.test(object);
  let parts = how.parts ?? [said];
  // "le numéro d'astreinte, que nous avons appelé plusieurs fois": what was called comes before
  const relative =
    at > 0 && !how.parts && RELATIVE_WORD.test(norm.slice(Math.max(0, at - 16), at))
      ? RELATIVE_TO.exec(norm.slice(Math.max(0, at - 80), at))
      : null;
  if (relative) parts = [relative[0].trim(), said];
  // "the card is 4716 ... (I have already cancelled it with my bank)": say what "it" is
  const it = pronoun && kind !== 'try' ? /^(?:it|them)\b/.exec(object) : null;
  if (it && said.startsWith(`${verb} ${it[0]}`)) {
    const named = namedBefore(norm, at);
    const after = said.slice(verb.length + 1 + it[0].length).trim();
    if (named) parts = after ? [verb, named, after] : [verb, named];
  }
  const reported: CustomerStep = { parts, verb, outcome, pronoun, at };
  if (CANCEL_VERB.test(verb)) reported.cancel = true;
  out.push(reported);
  return reported;
}

/**
 * The steps the customer reports in one message, in the order said. `original` is the message as
 * written (a Spanish preterite counts without "ya" only with its accent there).
 */
export function readCustomerSteps(norm: string, original: string): CustomerStep[] {
  const out: CustomerStep[] = [];
  for (const m of allMatches(CUSTOMER_TRIED, norm)) {
    // "I did try the dashboard" is "try the dashboard", of the kind its verb says
    const verb = m[1]!.startsWith('did') ? m[1]!.replace(EMPHATIC_DID, '') : m[1]!;
    const object = m[2]!;
    // "i already got three pins none of them work" is a step; "I've got a promo code" is not
    if (
      /^(?:got|received)$/.test(verb) &&
      !(CREDENTIAL.test(object) && DIDNT_WORK.test(sentencesFrom(norm, m.index)[0]))
    )
      continue;
    report(out, norm, m.index + m[0].length - verb.length - object.length - 1, `${verb} ${object}`, { verb, object });
  }
  for (const m of allMatches(CUSTOMER_TRIED_BARE, norm)) {
    const verb = m[2]!;
    const object = m[3]!;
    const at = m.index + m[0].length - verb.length - object.length - 1;
    // "reset my password please" asks for it; "reset it twice, nothing" reports it
    if (verb === 'reset' && !m[1] && !toldHowItWent(sentencesFrom(norm, at)[0])) continue;
    report(out, norm, at, `${verb} ${object}`, { verb, object });
  }
  // most messages hold none of the words the other ways of saying a step need: one check for all of them
  if (mayMatch(RARER_STEPS_GATE, norm)) readRarerSteps(out, norm, original);
  return out.length > 1 ? out.sort(bySaidOrder) : out;
}

/**
 * Steps said without "I" where a sentence starts, in Spanish, French and German, a process that failed,
 * what works for them elsewhere, what the app would not let them do, despite reminders, technicians, "nothing there", the bank's block.
 */
function readRarerSteps(out: CustomerStep[], norm: string, original: string): void {
  for (const m of allMatches(CUSTOMER_DID_AT_START, norm)) {
    const verb = m[2]!;
    const object = m[3]!;
    report(out, norm, m.index + m[0].length - verb.length - object.length - 1, `${verb} ${object}`, { verb, object });
  }
  for (const m of allMatches(FR_PASSE, norm)) report(out, norm, m.index, m[0], { verb: m[1]!, object: m[2]! });
  for (const m of allMatches(PROCESS_FAILED, norm)) {
    const step = report(out, norm, m.index, (m[1] ?? m[3] ?? m[5])!, { kind: 'try', always: 'failed' });
    if (step) step.thing = (m[2] ?? m[4] ?? m[6])!;
  }
  for (const m of allMatches(NOT_LET, norm)) report(out, norm, m.index, m[0], { kind: 'try', always: 'failed' });
  for (const m of allMatches(EVERY_TIME, norm)) {
    const step = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    report(out, norm, m.index + m[0].length - step.length, step, { kind: 'try', always: 'failed' });
  }
  let lowerOriginal: string | undefined;
  for (const m of allMatches(ES_PRETERITE, norm)) {
    const verb = m[2]!;
    const written = verb.replace(/e$/, 'é').replace(/i$/, 'í');
    if (!m[1] && verb !== 'di de baja' && !(lowerOriginal ??= original.toLowerCase()).includes(written)) continue;
    report(out, norm, m.index, m[0], { verb, object: m[3]! });
  }
  for (const m of allMatches(ES_PERFECT, norm)) report(out, norm, m.index, m[0], { verb: m[1]!, object: m[2]! });
  for (const m of allMatches(DE_DID, norm)) {
    const named = m[1];
    const object = m[2]!;
    const participle = m[3]!;
    const at = named ? m.index : m.index + m[0].length - object.length - participle.length;
    // the company or someone else did it ("Sie haben mein Konto gesperrt", "hat jemand die IBAN
    // geändert"), it happened ("wurde gesperrt", "hat sich nichts geändert"), nothing named ("Hab ich
    // schon gemacht"), not done ("das habe ich nicht geändert"), or a question
    if (
      /^(?:sie|ihr|man)\s|\b(?:wurde|wurden|ist|sind|war|jemand|irgendwer|sich|nicht|nichts|nie|niemals|kein\w*)\b/.test(
        object,
      )
    )
      continue;
    if (!named && DE_NOTHING_NAMED.test(object)) continue;
    if (/(?:^|\s)gemacht$/.test(participle) && !DE_MADE_STEP.test(named ? `${named} ${object}` : object)) continue;
    if (/^[^.!]*\?/.test(norm.slice(at, at + 200))) continue;
    const verb = participle.replace(/^(?:neu|wieder)\s+/, '');
    report(out, norm, at, named ? m[0] : `${object}${participle}`, { verb, object: named ?? object });
  }
  for (const m of allMatches(DE_ALREADY, norm)) {
    const verb = (DE_PARTICIPLE_IN.exec(m[1]!)?.[1] ?? '').replace(/^(?:neu|wieder)\s+/, '');
    report(out, norm, m.index, m[0], { verb, object: m[1]! });
  }
  for (const m of allMatches(DESPITE, norm)) report(out, norm, m.index, m[0], { kind: 'try', always: 'failed' });
  if (gatedTest(TECH_WORD, norm)) {
    for (const m of allMatches(TECH_VISIT, norm)) report(out, norm, m.index, m[0], { kind: 'fix' });
    for (const m of allMatches(TECH_DID, norm)) report(out, norm, m.index, m[0], { kind: 'fix' });
  }
  for (const m of allMatches(WORKS_FINE, norm)) {
    const step = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    // ("i'm browser": the German "im" as normalising read it, given back as written)
    const said = m[4] ? step.replace(/^i'm\s/, 'im ') : step;
    report(out, norm, m.index + m[0].indexOf(step), said, { kind: 'done', always: 'succeeded' });
  }
  for (const m of allMatches(NOTHING_THERE, norm)) report(out, norm, m.index, m[0], { always: 'failed', asSaid: true });
  for (const m of allMatches(BANK_BLOCKED, norm))
    report(out, norm, m.index, m[1] ? `${m[1]} ${m[2]}` : m[0], {
      kind: 'done',
      parts: m[1] ? [m[1], m[2]!] : undefined,
    });
}
