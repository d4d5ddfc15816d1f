import { allMatches } from './all-matches';
import type { HandoffEvent } from '../schema/handoff-event';
import type { Attempt, AttemptOutcome } from '../schema/handoff-package';
import { normalizeText } from './normalize-text';
import { originalOf } from './original-text';
import { asciiWords, isAscii } from './text-scan';
import { gated, gatedTest } from './literal-gate';
import { readCustomerSteps, saysStillCharged, type CustomerStep } from './customer-steps';
import { DIDNT_WORK, WORKED, kindOf } from './step-evidence';
import { clip } from './step-text';

const BOT_DID = gated(
  /\b(?:i(?:'ve|\s+have|\s+just)?|we(?:'ve|\s+have)?)\s+(?:already\s+|just\s+|now\s+|successfully\s+|(?:gone|went)\s+ahead\s+and\s+)?((?:re-?)?(?:sent|started|reset|resent|checked|verified|confirmed|looked\s+up|located|found|updated|changed|cancel(?:l)?ed|issued|processed|initiated|escalated|opened|created|submitted|refunded|applied|restarted|rebooted|unlocked|reactivated|activated|removed|added|retried|tried|attempted|ran|run|scheduled|booked|requested|generated|emailed|texted|reissued|credited|waived|reviewed|tested|cleared|flagged|logged|filed|raised|expedited|upgraded|replaced|reshipped|shipped|dispatched|arranged|extended|performed|completed|renewed|reversed|corrected|adjusted|reconnected|refreshed|released|placed))\s+((?:[^.!?\n;]|\.(?=\w)){2,90})/g,
);
const BOT_FAILED = gated(
  /\b(?:unfortunately|sorry|i'm\s+afraid)?[\s,]*(?:i|we)\s+(?:couldn't|could\s+not|was\s+unable\s+to|were\s+unable\s+to|wasn't\s+able\s+to|failed\s+to|didn't\s+manage\s+to)\s+([^.!?\n;]{2,90})|\b((?:the\s+)?(?:payment|refund|reset|verification|update|transfer|request|charge|cancellation|booking|lookup|order|attempt|transaction|retry|link|code|email)(?:\s+\w+)?)\s+(?:failed|was\s+declined|didn't\s+go\s+through|did\s+not\s+go\s+through|was\s+rejected|could\s+not\s+be\s+(?:completed|processed))/g,
);
/**
 * What the bot suggested: told or asked, in any form of the verb ("have you tried signing out and back
 * in?", "try updating the app", "this clears after logging out and back in"), in group 1; where to look
 * or what to do on their own ("You can see the status of your return in My Orders", "you can submit
 * your own meter reading", "you'll find the forms in Documents") in group 2, only after "you can",
 * "you'll" or "please" ("See you soon" is none).
 */
const BOT_SUGGESTS = gated(
  /(?:^|[.!?]\s+|\b(?:please\s+|can\s+you\s+|could\s+you\s+|try\s+to\s+|you\s+(?:can|could|should|may\s+want\s+to)\s+|let's\s+|have\s+you\s+tried\s+|(?:after|by)\s+(?=\w+ing\s)))((?:try\s+)?(?:restart|reboot|reinstall|clear|updat|re-?enter|log(?:ging)?\s+(?:out|in|off)|sign(?:ing)?\s+(?:out|in|off)|reset|check|us(?:e|ing)|try|turn|switch|unplug|remov|disabl|enabl|open|click|tap|go(?:ing)?\s+to|refresh|wait|verify|confirm|re-?try|resend|chang|contact)\w*\s+(?:[^.!?\n;]|\.(?=\w)){2,80})|\b(?:please\s+|you\s+(?:can|could|should|may\s+want\s+to|might\s+want\s+to|will\s+need\s+to|need\s+to)\s+(?:also\s+|always\s+|now\s+|still\s+)?|you(?:'ll|\s+will)\s+(?=find\s))((?:see|view|track|visit|download|submit|delete|resell|upload|find)\s+(?:[^.!?\n;]|\.(?=\w)){2,80})/g,
);
/** What the bot did, in Spanish, French and German (on the normalised text: accents off); German puts the verb last. */
const BOT_DID_OTHER = gated(
  /\b(?:(?:he|hemos|ya\s+he|acabo\s+de)\s+(enviado|reenviado|restablecido|verificado|comprobado|revisado|cancelado|actualizado|reembolsado|emitido|procesado|creado|abierto|escalado|bloqueado|desbloqueado|cambiado|reiniciado|realizado|solicitado|programado|tramitado|acelerado)\s+([^.!?\n;]{2,80})|(?:je\s+(?:vous\s+|t')?ai|j'ai|nous\s+(?:vous\s+)?avons|je\s+viens\s+de\s+(?:vous\s+)?)\s*(envoye|renvoye|relance|reactive|active|signale|planifie|enregistre|corrige|reinitialise|verifie|annule|mis\s+a\s+jour|rembourse|cree|ouvert|transmis|bloque|debloque|modifie|envoyer|renvoyer|verifier|annuler|effectue|lance|programme|demande|expedie|accelere)\s+([^.!?\n;]{2,80})|(?:ich\s+habe|wir\s+haben)\s+(?:ihnen\s+|dir\s+)?([^.!?\n;]{2,60}?)\s+(gesendet|geschickt|zuruckgesetzt|gepruft|uberpruft|storniert|aktualisiert|erstattet|erstellt|geoffnet|weitergeleitet|gesperrt|entsperrt|geandert|durchgefuhrt|gestartet|veranlasst|beantragt|eingeleitet|versendet|verschickt|gebucht|beschleunigt)\b)/g,
);
/**
 * What the bot suggested, in Spanish, French and German (normalised: accents off): asked ("¿Has
 * intentado ...?", "Avez-vous essayé de ...", "Haben Sie versucht, ...") in group 1, told ("Intenta
 * reiniciar ...", "Essayez de vider ...", "Bitte starten Sie ...") in groups 2 to 4, where to look
 * ("Vous trouverez nos documents sur notre Trust Center", "rendez-vous dans votre espace client",
 * "puede consultarlo en Mi cuenta", "finden Sie unter ...") in group 5.
 */
const BOT_SUGGESTS_OTHER = gated(
  /(?:\b(?:has|ha|han)\s+intentado\s+|\bavez-vous\s+(?:deja\s+)?essaye\s+(?:de\s+|d')?|\bas-tu\s+(?:deja\s+)?essaye\s+(?:de\s+|d')?|\bhaben\s+sie\s+(?:schon\s+|bereits\s+)?versucht,?\s+|\bhast\s+du\s+(?:schon\s+)?versucht,?\s+|\b(?:haben\s+sie|hast\s+du)\s+(?:schon\s+|bereits\s+)?(?=(?:den|die|das|ihr\w*|dein\w*)\s+[^.!?\n;]{2,60}?\s+(?:neu\s+gestartet|neugestartet|zuruckgesetzt|geloscht|aktualisiert|gepruft|uberpruft|ausgeschaltet|neu\s+installiert|abgemeldet|getrennt)\b)|\b(?:has|ha|han)\s+(?=(?:reiniciado|restablecido|borrado|actualizado|probado|comprobado|revisado|apagado|desconectado|reinstalado|cerrado\s+sesion)\b)|\b(?:avez-vous|as-tu)\s+(?:deja\s+)?(?=(?:redemarre|reinitialise|vide|mis\s+a\s+jour|verifie|debranche|eteint|reinstalle)\b))([^.!?\n;]{3,80})|\b(?:intente|intenta|pruebe|prueba|puedes|puede|podria)\s+(?:a\s+)?((?:reiniciar|restablecer|borrar|actualizar|cerrar\s+sesion|verificar|revisar|comprobar|desinstalar|reinstalar|limpiar|cambiar|apagar|desconectar|cancelar\w*|desactivar\w*|activar\w*|eliminar|acceder|entrar|ingresar|ir\s+a|usar|pagar|solicitar\w*)\s+[^.!?\n;]{2,80})|\b(?:essayez\s+de|essayez\s+d'|veuillez|pouvez-vous|vous\s+pouvez)\s*((?:redemarrer|reinitialiser|vider|mettre\s+a\s+jour|verifier|vous\s+deconnecter|reinstaller|effacer|supprimer|changer|debrancher|eteindre)\s+[^.!?\n;]{2,80})|\bbitte\s+((?:starten|setzen|loschen|aktualisieren|prufen|uberprufen|melden|installieren|leeren|trennen)\s+sie\s+[^.!?\n;]{2,80})|\b((?:vous\s+(?:trouverez|pouvez\s+(?:consulter|trouver|telecharger|modifier|acceder))|rendez-vous\s+(?:dans|sur)|allez\s+(?:dans|sur)|connectez-vous\s+(?:a|sur)|(?:lo|la|los|las)\s+encontrara|(?:puede|podra)\s+(?:encontrar|consultar|descargar|modificar)|vaya\s+a|finden\s+sie|gehen\s+sie\s+(?:auf|zu|in))\s+[^.!?\n;]{2,80})/g,
);

/**
 * "Have you tried power cycling the inverter", "did you try a different browser", "Haben Sie schon
 * einen Neustart versucht?": asked whatever the step is (group 1); a yes means it was tried.
 */
const BOT_ASKS_TRIED = gated(
  /\b(?:(?:have|did)\s+you\s+(?:already\s+|ever\s+|also\s+)?(?:tried|try)\s+(?:to\s+)?|(?:haben\s+sie|hast\s+du)\s+(?:schon\s+|bereits\s+|mal\s+)?(?=[^.!?\n;]{2,60}?\s+(?:versucht|probiert|ausprobiert)\b))(?!(?:it|that|this|them|those|these|anything|everything|something|all)\b)([a-z](?:[^.!?\n;]|\.(?=\w)){2,80})/g,
);

/**
 * Where the bot points in the passive ("New members can be invited from the admin dashboard under
 * Team > Invite", "se pueden invitar desde el panel", "peuvent être invités depuis le tableau de bord",
 * "können im Dashboard unter Team eingeladen werden"): the step, from its verb, in group 1.
 */
const BOT_POINTS_PASSIVE = gated(
  /\b(?:can|could)\s+(?:also\s+|easily\s+|now\s+|only\s+)?be\s+([a-z]+(?:ed|en|wn|nt|und|ne|de)\s+(?:directly\s+|online\s+)?(?:from|in|under|via|through|using|on|at)\s+(?:[^.!?\n;]|\.(?=\w)){2,80})|\bse\s+pueden?\s+([a-z]+(?:ar|er|ir)\s+(?:[^.!?\n;]{0,40}?\s)?(?:desde|en|a\s+traves\s+de)\s+[^.!?\n;]{2,60})|\b(?:peut|peuvent)\s+etre\s+([a-z]+(?:e|ee|es|ees|is|it)\s+(?:directement\s+)?(?:depuis|dans|sur|via|a\s+partir\s+de)\s+[^.!?\n;]{2,80})|\b(?:kann|kannst|konnen)\s+(?:\w+\s+){0,2}?((?:unter|uber|im|i'm|in|auf)\s+[^.!?\n;]{2,60}?\s+[a-z]+)\s+werden\b/g,
);

/** What the bot could not do, in Spanish, French and German. */
const BOT_FAILED_OTHER = gated(
  /\b(?:no\s+(?:he|hemos)\s+podido|no\s+pude|(?:je\s+n'ai|nous\s+n'avons)\s+pas\s+pu)\s+([^.!?\n;]{2,80})|\b(?:ich|wir)\s+(?:konnte|konnten)\s+([^.!?\n;]{2,60}?)\s+nicht\s+(\w+)/g,
);

/** "Your refund of $89.99 was issued", "your replacement has been shipped": the bot reports a step done. */
const BOT_PASSIVE = gated(
  /\byour\s+((?:refund|replacement|order|payment|password|reset\s+link|link|code|email|ticket|request|return|cancellation|booking|subscription|account|card)(?:\s+(?:of|for)\s+\S+)?\s+(?:was|has\s+been|have\s+been)\s+(?:issued|sent|processed|resent|cancell?ed|created|submitted|reset|approved|refunded|shipped|updated|initiated|escalated|credited|reactivated|unlocked|dispatched))\b/g,
);
/** Steps that name no action: "help with that" in "I can't help with that". */
const NO_ACTION =
  /^(?:(?:found|located|looked\s+up|pulled\s+up)\s+(?:your|the)\s+(?:order|account|booking|reservation|details|record|profile|file)(?:\s+\S+)?|(?:help|assist|answer|handle|do|support)(?:\s+(?:you|u))?(?:\s+(?:with|on))?(?:\s+(?:that|this|it|those|these|your\s+request|this\s+request|that\s+request|your\s+question|that\s+one|everything|anything))?|(?:try|tried|tryed|attempted|retry|retried)(?:\s+(?:it|that|this|again|everything|twice|already|\d+\s+times|one\s+more\s+time|(?:two|three|four|five|several|many|multiple|a\s+few)\s+times))*|try\s+(?:a\s+few|some|a\s+couple\s+of)\s+things)$/;
const KEEP_CASE = { keepCase: true };
/** A step rebuilt from pieces, each as written; "The card" said first in its sentence reads "the card" inside it. */
function asWritten(original: string, parts: readonly string[]): string {
  let out = '';
  for (let n = 0; n < parts.length; n++) {
    const written = originalOf(original, parts[n]!, KEEP_CASE);
    out +=
      n === 0
        ? written
        : ` ${/^(?:The|My|Our)\b/.test(written) ? written[0]!.toLowerCase() + written.slice(1) : written}`;
  }
  return out;
}
/** How many of the latest steps a new one is compared with for being the same step in other words. */
const RECENT_STEPS = 64;
function outcomeAfter(
  turns: ReadonlyArray<{ role: string; norm: string }>,
  from: number,
  sameSentence: string,
): AttemptOutcome | undefined {
  if (DIDNT_WORK.test(sameSentence)) return 'failed';
  // the customer's next message tells whether it worked ("ok" / "is it working now?" / "no": the one after)
  for (let i = from + 1; i < turns.length && i <= from + 5; i++) {
    const t = turns[i]!;
    if (t.role !== 'customer') continue;
    if (gatedTest(DIDNT_WORK, t.norm)) return 'failed';
    if (gatedTest(WORKED, t.norm)) return 'succeeded';
    const said = t.norm.trim();
    const asked = turns[i - 1]!.role !== 'customer' && ASKS_IF_IT_WORKED.test(turns[i - 1]!.norm);
    if (asked && BARE_NO.test(said)) return 'failed';
    if (asked && BARE_YES.test(said)) return 'succeeded';
    if (!ACK_ONLY.test(said)) return undefined;
  }
  return undefined;
}

/**
 * The step the bot started is still running, said in its sentence ("I've started a line test, it is in
 * progress", "J'ai relancé un test de ligne, il est en cours", "la solicitud está en proceso", "läuft
 * noch"): how it went is not known yet.
 */
const STILL_RUNNING =
  /\b(?:in\s+progress|still\s+running|pending|under\s+way|en\s+cours|en\s+attente|en\s+curso|en\s+proceso|en\s+tramite|pendiente|in\s+bearbeitung|l[aä]uft\s+(?:noch|gerade)|ausstehend)\b/;
function stillRunning(norm: string, from: number): boolean {
  const end = norm.slice(from).search(/[.!?\n]/);
  return STILL_RUNNING.test(end < 0 ? norm.slice(from) : norm.slice(from, from + end));
}

/** "ok", "done", "one sec": the customer is doing it; the answer comes after. */
const ACK_ONLY =
  /^(?:ok(?:ay)?|k|kk|sure|done|ok\s+done|alright|one\s+sec(?:ond)?|hold\s+on|wait|trying(?:\s+(?:it|now))?|doing\s+(?:it|that)(?:\s+now)?|vale|de\s+acuerdo|d'accord|ok\s+je\s+(?:le\s+fais|essaie)|moment|mache\s+ich|einen\s+moment)[\s.!,]*$/;
/** The bot asks whether the step worked. */
const ASKS_IF_IT_WORKED =
  /\b(?:work(?:s|ing|ed)?|help(?:ed|s)?|fix(?:ed)?|resolved|solved|better|funciona|ha\s+funcionado|marche|fonctionne|funktioniert|geklappt)\b[^?]{0,40}\?/;
const BARE_NO =
  /^(?:no|nope|nah|not\s+really|still\s+no|no\s+it'?s\s+not|non|nein|no\s+funciona|toujours\s+pas|immer\s+noch\s+nicht)[\s.!]*$/;
const BARE_YES =
  /^(?:yes|yeah|yep|yup|it\s+does|it\s+is|s[ií]|oui|ja)(?:[\s,!.]+(?:thanks?|thank\s+you|gracias|merci|danke)?)*[\s.!]*$/;

/** "Let me resend the link", "I'll reset your password": the bot about to take a step. */
const BOT_ABOUT_TO = gated(
  /\b(?:let\s+me|i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to)\s+(?:now\s+|quickly\s+|just\s+)?((?:re)?(?:send|sent|reset|resend|refund|cancel|update|change|unlock|reactivate|retry|reissue|issue|credit|waive|restart|reboot)\s+[^.!?\n;]{2,80})/g,
);

/**
 * A step the bot offers to take ("Would you like me to rebook you?", "I can also add you to the standby
 * list", "¿Quiere que le cambie el vuelo?", "Voulez-vous que je vous rembourse ?", "Soll ich Sie
 * umbuchen?"): once the customer turns it down, it was tried and did not get them what they need.
 */
const BOT_OFFERS = gated(
  /\b(?:(?:would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|shall\s+i|should\s+i)\s+|i\s+(?:can|could)\s+(?:also\s+)?(?!(?:see|help|assist|understand|tell|imagine|hear|only|not|also\s+see|confirm\s+that|assure|definitely|certainly)\b)|(?:quiere|quieres|desea|deseas)\s+que\s+(?:le\s+|te\s+)?|(?:voulez-vous|souhaitez-vous|veux-tu)\s+que\s+je\s+(?:vous\s+|te\s+)?|soll\s+ich\s+|mochten\s+sie,?\s+dass\s+ich\s+)([a-z](?:[^.!?\n;]|\.(?=\w)){2,80})/g,
);
/**
 * Offers that are the handoff itself ("Would you like me to connect you with an agent?" / "no need for
 * an agent"): no step towards the customer's problem.
 */
const OFFERS_A_PERSON =
  /^(?:(?:connect|transfer|put|pass|hand|escalat|transf|pase|pas|comuniqu|mette|verbind|weiterleit|ubergeb)\w*\s|[^.!?]*\b(?:agent|agente|person|persona|human|humain|someone|somebody|specialist|colleague|representative|manager|supervisor|conseiller|conseillere|asesor|mitarbeiter\w*|kolleg\w*)\b)/;
/**
 * The customer turns an offer down in their first words ("march eighth no are you kidding me", "no
 * thanks"); not "no problem", nor "no i mean yes".
 */
const TURNED_DOWN =
  /^(?:[^\s.!?,]+[\s,]+){0,3}?(?:no|nope|nah|non|nein)\b(?![\s,]+(?:problem|problema|probleme|idea|worries|one|longer|more|matter|doubt|clue|issue|i\s+mean|wait|actually|sorry|yes|si|oui|ja)\b)|\b(?:not\s+interested|i\s+don't\s+want\s+(?:that|it|to|a|an|the)|don't\s+bother|no\s+gracias|non\s+merci|nein\s+danke)\b/;

/** For each turn, the index of the customer's next message (-1: none), from one backward pass per conversation. */
const nextCustomerIndex = new WeakMap<ReadonlyArray<{ role: string }>, Int32Array>();

/** The index of the customer's first message after turn `from` (-1: none), in constant time (linear in the conversation overall). */
function nextCustomerAt(turns: ReadonlyArray<{ role: string }>, from: number): number {
  let next = nextCustomerIndex.get(turns);
  if (!next) {
    next = new Int32Array(turns.length);
    let seen = -1;
    for (let i = turns.length - 1; i >= 0; i--) {
      next[i] = seen;
      if (turns[i]!.role === 'customer') seen = i;
    }
    nextCustomerIndex.set(turns, next);
  }
  return from < turns.length ? next[from]! : -1;
}

function nextCustomer<T extends { role: string }>(turns: ReadonlyArray<T>, from: number): T | undefined {
  const i = nextCustomerAt(turns, from);
  return i < 0 ? undefined : turns[i];
}

/** The customer's next message says the step was taken before ("I did that twice already"). */
function saidAlready(turns: ReadonlyArray<{ role: string; norm: string }>, from: number): boolean {
  const next = nextCustomer(turns, from);
  return (
    !!next &&
    /\b(?:already|did\s+that|tried\s+that|done\s+that|did\s+it|i\s+(?:have\s+|'ve\s+)?(?:checked|tried\s+it|done\s+it)|as\s+i\s+(?:already\s+)?(?:said|told\s+you|mentioned|wrote)|like\s+i\s+said|i\s+(?:just|already)\s+(?:said|told\s+you)|(?:that's|that\s+is)\s+(?:exactly\s+)?what\s+i\s+(?:just\s+)?said|ya\s+lo\s+(?:intente|hice|probe|he\s+(?:hecho|intentado|probado))|como\s+(?:ya\s+)?(?:te\s+|le\s+)?dije|deja\s+(?:fait|essaye)|comme\s+je\s+(?:l'ai\s+|vous\s+l'ai\s+)?(?:dit|ecrit)|schon\s+(?:gemacht|versucht|probiert)|bereits\s+(?:gemacht|versucht|probiert)|wie\s+(?:schon\s+|bereits\s+)?gesagt)\b/.test(
      next.norm,
    )
  );
}

/** The customer's next message answers "have you tried ...?" with yes (so it was tried, and they are still here). */
function saidYes(turns: ReadonlyArray<{ role: string; norm: string }>, from: number): boolean {
  const next = nextCustomer(turns, from);
  return (
    !!next &&
    /^(?:yes|yeah|yep|yup|of\s+course|already|i\s+did|did\s+that|si|oui|ja|claro|bien\s+sur|natürlich|naturlich)\b/.test(
      next.norm.trim(),
    )
  );
}

/**
 * What was already tried, with outcomes: every `bot.actions` entry, then steps read from the
 * conversation ("I've reset your password", "I already restarted the router", "please clear your
 * cache" / "that didn't work"), each once.
 */
export function detectAttempts(
  event: HandoffEvent,
  normalised?: ReadonlyArray<{ role: string; norm: string; text?: string }>,
): Attempt[] {
  const out: Attempt[] = (event.bot?.actions ?? []).map((a) => ({
    step: a.name,
    outcome: a.status === 'pending' ? ('unknown' as const) : a.status,
    source: 'bot_action' as const,
  }));
  const seen = new Set(out.map((a) => key(a.step)));
  // the bot's own report of an action it also lists ("I retried the payment" and retry_payment): listed once
  const actionWords = out.map((a) => stems(a.step)).filter((w) => w.size > 0);
  const isListedAction = (step: string) => {
    const words = stems(step);
    return actionWords.some((a) => [...a].every((w) => words.has(w)));
  };
  // a step that failed, by key: the attempt and the turns it failed in ("I couldn't verify your identity" twice)
  const failures = new Map<string, { attempt: Attempt; turns: Set<number> }>();
  let original = '';
  let at = -1;
  // A step inside another ("reset link" in "sent a reset link") is the same step: checked against the
  // latest steps only, so a 20,000-message transcript with thousands of steps stays linear.
  const recent: string[] = [...seen];
  const recentFailures: string[] = [];
  const failedAgain = (k: string) => {
    const exact = failures.get(k);
    if (exact) return void exact.turns.add(at);
    for (let i = recentFailures.length - 1; i >= Math.max(0, recentFailures.length - RECENT_STEPS); i--) {
      const s = recentFailures[i]!;
      if (s.includes(k) || k.includes(s)) return void failures.get(s)!.turns.add(at);
    }
  };
  const add = (said: string | readonly string[], outcome: AttemptOutcome): Attempt | undefined => {
    const normStep = typeof said === 'string' ? said : said.join(' ');
    const k = key(normStep);
    if (k.length < 3 || NO_ACTION.test(k)) return;
    if (seen.has(k)) return outcome === 'failed' ? failedAgain(k) : undefined;
    if (actionWords.length > 0 && isListedAction(normStep)) return;
    for (let i = recent.length - 1; i >= Math.max(0, recent.length - RECENT_STEPS); i--) {
      const s = recent[i]!;
      if (s.includes(k) || k.includes(s)) return outcome === 'failed' ? failedAgain(k) : undefined;
    }
    seen.add(k);
    recent.push(k);
    const attempt: Attempt = {
      step: typeof said === 'string' ? originalOf(original, said, KEEP_CASE) : asWritten(original, said),
      outcome,
      source: 'transcript',
    };
    out.push(attempt);
    if (outcome === 'failed') {
      failures.set(k, { attempt, turns: new Set([at]) });
      recentFailures.push(k);
    }
    return attempt;
  };
  const turns = normalised ?? event.messages.map((m) => ({ role: m.role, norm: normalizeText(m.text), text: m.text }));
  // what the customer said after turn i (the same answer for every step the bot named in turn i)
  const after = new Map<number, AttemptOutcome | undefined>();
  const outcomeAfterTurn = (i: number): AttemptOutcome | undefined => {
    if (!after.has(i)) after.set(i, outcomeAfter(turns, i, ''));
    return after.get(i);
  };
  // the steps each customer message reports, read once (the bot's turn before looks at its answer)
  const reported = new Map<number, CustomerStep[]>();
  const customerStepsAt = (j: number): CustomerStep[] => {
    let steps = reported.get(j);
    if (!steps) {
      steps = readCustomerSteps(turns[j]!.norm, turns[j]!.text ?? event.messages[j]?.text ?? '');
      reported.set(j, steps);
    }
    return steps;
  };
  // A suggestion the customer answers in their own words ("check the status of your bag at ..." / "I
  // already checked the tracker, it says Searching") is their step; one they answer with "it" ("you can
  // submit your meter reading" / "i submitted it already") stays the bot's, and the "it" is no new step.
  const suggested: string[] = [];
  // where in the bot's turn a suggestion read by BOT_SUGGESTS starts (read once)
  const suggestedAt = new Set<number>();
  const cancellations: Attempt[] = [];
  const suggest = (step: string, outcome: AttemptOutcome | undefined, i: number, pointer = false) => {
    if (!outcome) return;
    const stem = verbStem(step);
    const answer = nextCustomerAt(turns, i);
    let doneByCustomer = false;
    if (answer >= 0) {
      const own = customerStepsAt(answer).filter((s) => !s.pronoun);
      if (own.some((s) => s.verb.startsWith(stem))) return;
      // where to look ("please see our policy") answered with a step of their own it names nothing of
      // ("I did try the dashboard, but it's greyed out"): how it went is said of their step; one it
      // names ("rendez-vous dans votre espace client" / "j'ai essayé dans l'espace client") is the
      // suggestion done by them, one try with their step (not the bot failing the same step twice)
      if (pointer && own.length > 0) {
        if (!own.some((s) => sharesContentWord(s.parts, step))) return;
        doneByCustomer = true;
      }
    }
    suggested.push(stem);
    const attempt = add(clip(step), outcome);
    if (attempt && doneByCustomer) reportedByCustomer.add(attempt);
  };
  // "yes" or "already did that" to a suggestion: a fix that did not fix it, or a change made ("you can
  // delete your workspace" / "the workspace is already deleted, as I said")
  const doneBefore = (step: string): AttemptOutcome => {
    const words = step.replace(/^try\s+/, '');
    const verb = words.split(' ', 1)[0]!;
    return kindOf(verb, words.slice(verb.length + 1)) === 'done' ? 'succeeded' : 'failed';
  };
  turns.forEach((turn, i) => {
    if (turn.norm.length < 6) return;
    at = i;
    original = turn.text ?? event.messages[i]?.text ?? '';
    if (turn.role === 'bot' || turn.role === 'agent') {
      for (const m of allMatches(BOT_FAILED, turn.norm)) add(clip(m[1] ?? m[2] ?? ''), 'failed');
      for (const m of allMatches(BOT_DID, turn.norm)) {
        const step = clip(`${m[1]} ${m[2]}`);
        const rest = m[2]!;
        const observable =
          !/^(?:checked|verified|confirmed|looked\s+up|located|found|reviewed|tested|flagged|logged|filed|raised|escalated|scheduled|booked|requested|opened|created|submitted|initiated|tried|attempted|ran|run)$/.test(
            m[1]!,
          );
        const failedHere =
          /\b(?:but|however)\b.*\b(?:couldn't|could\s+not|unable|failed|didn't|did\s+not|no\s+(?:luck|results?)|error|errors|declined|rejected|went\s+wrong|wasn't\s+able|was\s+not\s+able|(?:has|had|was)\s+already|already\s+(?:shipped|been|closed|expired|processed))\b|\bwithout\s+(?:success|luck)\b/.test(
            rest,
          );
        add(
          step,
          failedHere
            ? 'failed'
            : ((observable ? outcomeAfterTurn(i) : undefined) ??
                (stillRunning(turn.norm, m.index) ? 'unknown' : 'succeeded')),
        );
      }
      for (const m of allMatches(BOT_PASSIVE, turn.norm)) add(clip(m[1]!), outcomeAfterTurn(i) ?? 'succeeded');
      for (const m of allMatches(BOT_DID_OTHER, turn.norm))
        add(
          clip(m[1] ? `${m[1]} ${m[2]}` : m[3] ? `${m[3]} ${m[4]}` : `${m[5]} ${m[6]}`),
          outcomeAfterTurn(i) ?? (stillRunning(turn.norm, m.index) ? 'unknown' : 'succeeded'),
        );
      for (const m of allMatches(BOT_FAILED_OTHER, turn.norm)) add(clip(m[1] ?? `${m[2]} ${m[3]}`), 'failed');
      for (const m of allMatches(BOT_SUGGESTS, turn.norm)) {
        const step = (m[1] ?? m[2])!;
        const before = m[0].slice(0, m[0].length - step.length);
        // "have you tried X?", "can you try X?": a yes means it was tried (and they are still here)
        const asked =
          /(?:have|did)\s+you\s+(?:already\s+)?tried\s*$/.test(before) ||
          (/(?:can|could)\s+you\s+$/.test(before) && /^try\s/.test(step));
        const answered = (asked && saidYes(turns, i)) || saidAlready(turns, i);
        suggest(step, outcomeAfterTurn(i) ?? (answered ? doneBefore(step) : undefined), i, !m[1]);
        suggestedAt.add(m.index + m[0].length - step.length);
      }
      // "have you tried X?" whatever X is, unless read above; a yes means it was tried
      for (const m of allMatches(BOT_ASKS_TRIED, turn.norm)) {
        if (suggestedAt.has(m.index + m[0].length - m[1]!.length)) continue;
        const step = m[1]!;
        const answered = saidYes(turns, i) || saidAlready(turns, i);
        suggest(step, outcomeAfterTurn(i) ?? (answered ? doneBefore(step) : undefined), i);
      }
      // (answered with a step of the customer's own, "I did try the dashboard": theirs is what went)
      const ownAnswer = nextCustomerAt(turns, i);
      for (const m of allMatches(BOT_POINTS_PASSIVE, turn.norm)) {
        if (ownAnswer >= 0 && customerStepsAt(ownAnswer).some((s) => !s.pronoun)) break;
        const step = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
        suggest(step, outcomeAfterTurn(i) ?? (saidAlready(turns, i) ? doneBefore(step) : undefined), i, true);
      }
      suggestedAt.clear();
      // an offer the customer turned down in their answer, the bot asking nothing else after it
      const answer = turns[i + 1];
      if (answer?.role === 'customer' && TURNED_DOWN.test(answer.norm.trimStart()))
        for (const m of allMatches(BOT_OFFERS, turn.norm))
          // (an offer with nothing named, "Voulez-vous que je vérifie ?", tells an agent nothing)
          if (
            !turn.norm.includes('?', m.index + m[0].length + 1) &&
            /\s/.test(m[1]!.trim()) &&
            !OFFERS_A_PERSON.test(m[1]!)
          )
            add(clip(m[1]!), 'failed');
      // "Let me resend the email." / "nope, not there": a step the bot is taking, once the customer says how it went
      for (const m of allMatches(BOT_ABOUT_TO, turn.norm)) {
        const outcome = outcomeAfterTurn(i);
        if (outcome) add(clip(m[1]!), outcome);
      }
      for (const m of allMatches(BOT_SUGGESTS_OTHER, turn.norm)) {
        const step = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!;
        const answered = (m[1] && saidYes(turns, i)) || saidAlready(turns, i);
        suggest(step, outcomeAfterTurn(i) ?? (answered ? doneBefore(step) : undefined), i, !!m[5]);
      }
    } else if (turn.role === 'customer') {
      for (const step of customerStepsAt(i)) {
        if (step.pronoun && suggested.some((stem) => step.verb.startsWith(stem))) continue;
        // "my payment failed" and the bot's retry_payment: the same step
        if (step.thing && actionWords.some((a) => a.has(stems(step.thing!).values().next().value ?? ''))) continue;
        const attempt = add(step.parts, step.outcome);
        if (attempt) reportedByCustomer.add(attempt);
        if (attempt && step.cancel) cancellations.push(attempt);
      }
      suggested.length = 0;
    }
  });
  // "yo cancelé desde diciembre" ... "el viernes me volvieron a cobrar": the cancellation did not take
  if (cancellations.length > 0 && turns.some((t) => t.role === 'customer' && saysStillCharged(t.norm)))
    for (const a of cancellations) a.outcome = 'failed';
  let again: Map<Attempt, number> | undefined;
  for (const f of failures.values()) if (f.turns.size > 1) (again ??= new Map()).set(f.attempt, f.turns.size);
  if (again) failedInSeveralTurns.set(out, again);
  return out;
}

/**
 * Steps the customer reports having taken ("I restarted the app", "i restarted the tv"): two of them
 * failing is no bot failing the same step twice.
 */
const reportedByCustomer = new WeakSet<Attempt>();
export const isReportedByCustomer = (attempt: Attempt): boolean => reportedByCustomer.has(attempt);

/** Steps of an attempts list that failed in more than one turn, with how many ("I couldn't verify your identity", twice). */
const failedInSeveralTurns = new WeakMap<readonly Attempt[], Map<Attempt, number>>();
export const timesFailed = (attempted: readonly Attempt[]): ReadonlyMap<Attempt, number> | undefined =>
  failedInSeveralTurns.get(attempted);

/** Words a bot's report and its action name use for the same thing ("sent a verification code" is send_otp). */
const SAME_STEP_WORD: Record<string, string> = {
  sent: 'send',
  resent: 'send',
  resend: 'send',
  text: 'send',
  emailed: 'send',
  email: 'send',
  otp: 'code',
  passcode: 'code',
  pin: 'code',
  ran: 'run',
};
const STEM_STOP = new Set(['the', 'a', 'an', 'your', 'my', 'to', 'for', 'on', 'of', 'it', 'again', 'i', 'we', 'you']);
/** Content words of a step, roughly stemmed ("retried the payment" and "retry_payment" both give retry, payment). */
function stems(step: string): Set<string> {
  const out = new Set<string>();
  for (const w of step.toLowerCase().split(/[^a-z0-9]+/)) {
    if (w.length < 2 || STEM_STOP.has(w)) continue;
    const stem = w.replace(/ied$/, 'y').replace(/(?<=\w{3})(?:ed|ing|s)$/, '');
    out.add(SAME_STEP_WORD[stem] ?? stem);
  }
  return out;
}

/** Words too common to tie a customer's step to a suggestion ("votre", "your", "again"). */
const NOT_CONTENT = new Set([
  'votre',
  'notre',
  'vous',
  'your',
  'their',
  'again',
  'please',
  'there',
  'these',
  'those',
  'which',
  'about',
  'after',
  'before',
  'from',
  'with',
  'that',
  'this',
  'dans',
  'pour',
  'avec',
  'sobre',
  'desde',
  'para',
  'nach',
  'einen',
  'einem',
  'einer',
  'ihre',
  'ihren',
]);
/** Whether a customer's step and a suggestion name the same thing: a word of five letters or more in both. */
function sharesContentWord(parts: readonly string[], suggestion: string): boolean {
  const words = new Set<string>();
  for (const part of parts) for (const w of part.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 5) words.add(w);
  for (const w of suggestion.split(/[^\p{L}\p{N}]+/u))
    if (w.length >= 5 && words.has(w) && !NOT_CONTENT.has(w)) return true;
  return false;
}

/** The start of a step's verb, to know the same verb in another form ("check" ... "checked", "signing" ... "signed"). */
function verbStem(step: string): string {
  const verb = step.replace(/^try\s+/, '').split(' ', 1)[0]!;
  return verb.length < 3 ? '\u0000' : verb.slice(0, 4);
}

function key(step: string): string {
  const lower = step.toLowerCase();
  if (isAscii(lower)) return asciiWords(lower, false).join(' ');
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
