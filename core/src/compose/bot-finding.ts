import type { Turn } from '../detect/conversation-view';

/**
 * What the bot looked up and found ("I see 3 orders placed last night ... delivered to 219 Jewel St",
 * "Veo un cargo de 389,90 € ... en MEDIATEK VALENCIA", "Je vois votre dossier LOC-55817"): where things
 * stand, so the agent does not look it up again. On the bot's normal form; a sentence opening with the
 * finding, after an acknowledgement (en, es, fr, de; accents off).
 */
const FOUND =
  /^(?:(?:ok(?:ay)?|thanks?|thank\s+you|great|got\s+it|perfect|understood|gracias|vale|perfecto|merci|parfait|d'accord|danke|alles\s+klar|gut)[,.!]?\s+)?(?:i\s+(?:can\s+)?see|i(?:'ve|\s+have)?\s+(?:found|located|checked)|it\s+looks\s+like|your\s+(?:account|order|booking|ticket|policy|claim)\s+shows|(?:veo|encuentro|he\s+encontrado|he\s+localizado|he\s+revisado|consta)|(?:je\s+vois|j'ai\s+(?:trouve|localise|verifie))|(?:ich\s+sehe|ich\s+habe\s+(?:\w+\s+){0,3}(?:gefunden|gepruft)|laut\s+(?:unserem\s+)?system))\b/;
/**
 * Where something stands, said by the bot without "I see" ("It is showing as backordered with the
 * manufacturer", "One of them is a pending authorization", "The withdrawal went to an external address
 * added yesterday from a new device", "votre dossier est en attente de l'accord d'Enedis", "Hay una
 * incidencia abierta en tu zona"): a finding too, used when no sentence opens with one (normal form, accents off).
 */
const STATUS =
  /\b(?:(?:is|are|was|were)\s+(?:currently\s+|still\s+|now\s+)?(?:showing|listed|marked|flagged|pending|backordered|on\s+(?:hold|backorder)|in\s+transit|awaiting|waiting\s+(?:for|on)|held|blocked|suspended|a\s+pending|due\s+on|scheduled\s+for|set\s+to|stuck)|(?:went|was\s+sent|was\s+added|were\s+added|was\s+changed|was\s+made)\s+(?:to|from|on|at|by|yesterday|today)|(?:charge|fee|difference|amount)\s+is\s+for|shows?\s+as|showing\s+as|esta\s+(?:pendiente|en\s+(?:espera|transito|revision|tramite))|hay\s+una\s+incidencia|est\s+(?:en\s+attente|en\s+cours|bloque|suspendu)|(?:ist|sind)\s+(?:noch\s+)?(?:in\s+bearbeitung|ausstehend|gesperrt|unterwegs|blockiert))\b/;
/** A sentence's end; not the dot of a German date's day ("am 3. November", "bis zum 14. Feb."). */
const SENTENCE =
  /(?<=[.!?])(?!(?<=\b\d{1,2}\.)\s+(?:januar|j[aä]nner|jan|februar|feb|m[aä]rz|april|apr|mai|juni|juli|august|aug|september|sept?|oktober|okt|november|nov|dezember|dez)\b)\s+/i;
const MAX = 160;

/** The bot's latest sentence of a finding, as it wrote it, shortened; undefined when it found nothing. */
export function botFinding(botTurns: readonly Turn[]): string | undefined {
  return latest(botTurns, FOUND, FOUND_WORD) ?? latest(botTurns, STATUS, STATUS);
}

/** A finding that only names what was found, in a few words: "I see repair order RO81552.", "Je vois votre dossier LOC-55817." */
const BARE_LOCATE =
  /^(?:(?:ok(?:ay)?|thanks?|thank\s+you|great|got\s+it|perfect|gracias|vale|merci|parfait|danke)[,.!]?\s+)?(?:i\s+(?:can\s+)?see|i(?:'ve|\s+have)?\s+(?:found|located|pulled\s+up)|veo|he\s+(?:encontrado|localizado)|je\s+vois|j'ai\s+(?:trouve|localise)|ich\s+sehe)\s+(?:(?:your|the|an?|tu|su|el|la|votre|le|ihre?n?|den|die|das)\s+)?(?:[a-z]+\s+){0,3}?[\w-]*\d[\w-]*[.!]?$/;
/** The sentence after asks the customer for something ("Can I have...", "Could you..."): not part of the finding. */
const ASKS = /^(?:can|could|would|will|please|may|puede|podria|pourriez|pouvez|konnen|konnten|bitte)\b/;

const FOUND_WORD =
  /\b(?:see|found|located|checked|looks|shows|veo|encuentro|encontrado|localizado|revisado|consta|vois|trouve|localise|verifie|sehe|gefunden|gepruft|laut)\b/;

/** The latest bot sentence `pattern` reads, as written, shortened (`cue` is a quick test of the whole turn). */
function latest(botTurns: readonly Turn[], pattern: RegExp, cue: RegExp): string | undefined {
  for (let i = botTurns.length - 1; i >= 0; i--) {
    const turn = botTurns[i]!;
    if (!cue.test(turn.norm)) continue;
    const original = turn.text.split(SENTENCE);
    const norms = turn.norm.split(SENTENCE);
    // the normal form keeps the sentences of the text when it keeps their count
    if (original.length !== norms.length) continue;
    for (let k = norms.length - 1; k >= 0; k--) {
      if (!pattern.test(norms[k]!.trim())) continue;
      let s = original[k]!.trim().replace(/\s+/g, ' ');
      // a bare locate ("I see repair order RO81552.") says nothing yet: what follows it is the finding
      const next = original[k + 1]?.trim().replace(/\s+/g, ' ');
      if (next && BARE_LOCATE.test(norms[k]!.trim()) && !/\?$/.test(next) && !ASKS.test(norms[k + 1]!.trim()))
        s = `${s} ${next}`;
      return s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s;
    }
  }
  return undefined;
}
