import type { Turn } from '../detect/conversation-view';

/**
 * What the bot looked up and found ("I see 3 orders placed last night ... delivered to 219 Jewel St",
 * "Veo un cargo de 389,90 € ... en MEDIATEK VALENCIA", "Je vois votre dossier LOC-55817"): where things
 * stand, so the agent does not look it up again. On the bot's normal form; a sentence opening with the
 * finding, after an acknowledgement (en, es, fr, de; accents off).
 */
const FOUND =
  /^(?:(?:ok(?:ay)?|thanks?|thank\s+you|great|got\s+it|perfect|understood|gracias|vale|perfecto|merci|parfait|d'accord|danke|alles\s+klar|gut)[,.!]?\s+)?(?:i\s+(?:can\s+)?see|i(?:'ve|\s+have)?\s+(?:found|located|checked)|it\s+looks\s+like|your\s+(?:account|order|booking|ticket|policy|claim)\s+shows|(?:veo|encuentro|he\s+encontrado|he\s+localizado|he\s+revisado|consta)|(?:je\s+vois|j'ai\s+(?:trouve|localise|verifie))|(?:ich\s+sehe|ich\s+habe\s+(?:\w+\s+){0,3}(?:gefunden|gepruft)|laut\s+(?:unserem\s+)?system))\b/;
const SENTENCE = /(?<=[.!?])\s+/;
const MAX = 160;

/** The bot's latest sentence of a finding, as it wrote it, shortened; undefined when it found nothing. */
export function botFinding(botTurns: readonly Turn[]): string | undefined {
  for (let i = botTurns.length - 1; i >= 0; i--) {
    const turn = botTurns[i]!;
    if (
      !/\b(?:see|found|located|checked|looks|shows|veo|encuentro|encontrado|localizado|revisado|consta|vois|trouve|localise|verifie|sehe|gefunden|gepruft|laut)\b/.test(
        turn.norm,
      )
    )
      continue;
    const original = turn.text.split(SENTENCE);
    const norms = turn.norm.split(SENTENCE);
    // the normal form keeps the sentences of the text when it keeps their count
    if (original.length !== norms.length) continue;
    for (let k = norms.length - 1; k >= 0; k--) {
      if (!FOUND.test(norms[k]!.trim())) continue;
      const s = original[k]!.trim().replace(/\s+/g, ' ');
      return s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s;
    }
  }
  return undefined;
}
