import type { Sentiment, SentimentLabel } from '../schema/handoff-package';
import { ANGRY_EMOJI, DISCONTENT, FRUSTRATION, POSITIVE, type WeightedPattern } from '../lexicon/frustration';
import type { Turn } from './conversation-view';
import { Gate, gated, gatedTest } from './literal-gate';
import { normalizeText } from './normalize-text';

type Compiled = { re: RegExp; gate: Gate; weight: number; angry: boolean; frustrated: boolean };
const compile = (list: readonly WeightedPattern[]): Compiled[] =>
  list.map((p) => {
    const re = new RegExp(p.pattern, 'g');
    return { re, gate: new Gate(re), weight: p.weight, angry: p.angry ?? false, frustrated: p.frustrated ?? false };
  });
const NEGATIVE_CUES = [...compile(FRUSTRATION), ...compile(DISCONTENT), ...compile([ANGRY_EMOJI])];
const POSITIVE_CUES = compile(POSITIVE);
const NEGATED_POSITIVE = gated(
  /\b(?:not|never|no|hardly)\s+(?:\w+\s+)?(?:good|great|ok|okay|fine|happy|helpful|satisfied|acceptable|working)\b|\b(?:nicht|pas|no\s+estoy|no\s+estamos)\s+(?:\w+\s+)?(?:zufrieden|content[oa]?|satisfaite?|ravie?|encantad[oa])\b|\b(?:isn't|is\s+not|wasn't|was\s+not|hasn't\s+been|has\s+not\s+been|not|never|until\s+(?:this|it)\s+is)\s+(?:been\s+)?(?:\w+\s+)?(?:resolved|solved|fixed|sorted)\b/,
);

/** A negation right before a cue ("not angry", "not at all upset"). */
const NEGATED_BEFORE =
  /(?:\b(?:not|never|no\s+estoy|no\s+estoy\s+nada|no\s+es|pas|nicht|gar\s+nicht|kein(?:e|en)?)|n't)\s+(?:at\s+all\s+|really\s+|even\s+|so\s+|too\s+|porter\s+|poner\s+|going\s+to\s+(?:make|file)\s+)?(?:a\s+|an\s+|une?\s+|una?\s+|eine?n?\s+)?$/;

/** One customer message's reading. */
export type MessageTone = {
  score: number;
  angry: boolean;
  /** Words of frustration or anger: evidence for the negative_sentiment reason. */
  upset: boolean;
  evidence?: string;
  turn: number;
};

/** Scores one customer message: weighted cues, shouting, exclamation runs. */
/** Praise said in irony: only read so next to a complaint in the same message. */
const SARCASM = gated(
  /\b(?:thanks\s+(?:a\s+lot|for\s+nothing|so\s+much)|great|wow|fantastic|brilliant|amazing|wonderful|lovely|so\s+helpful|really\s+helpful|perfect|genial|perfecto|estupendo|muchas\s+gracias|super|parfait|g[eé]nial|merci\s+beaucoup|bravo|top|toll|prima|perfekt|klasse|vielen\s+dank)\b/,
);
const COMPLAINT_CONTEXT = gated(
  /\bstill\s+(?:no|not|nothing|waiting)\b|\bno\s+(?:answer|reply|response|one|help|refund|update)\b|\b\d+\s+(?:hours?|days?|weeks?|months?)\s+(?:and|of|later|now)\b|\bnobody\b|\bnever\s+(?:got|received|answered|replied|arrived)\b|\bthanks\s+for\s+nothing\b|\bwaiting\s+(?:for\s+)?(?:\d+|an?|over\s+an?)\s+(?:minutes?|mins?|hours?|days?)\b|\banother\s+bot\b|\bjust\s+what\s+i\s+needed\b|\b(?:gracias\s+por\s+nada|merci\s+pour\s+rien|danke\s+f[uü]r\s+nichts|(?:otra\s+vez|de\s+nuevo)\s+(?:el|la|lo)\s+mism[oa]|encore\s+une\s+fois\s+(?:rien|pas|le\s+m[eê]me|la\s+m[eê]me)|schon\s+wieder|nada\s+funciona|rien\s+ne\s+marche|nichts\s+funktioniert|sigue\s+sin|toujours\s+pas|immer\s+noch\s+nicht|nadie|personne\s+ne|niemand|sin\s+(?:servicio|internet|luz|conexi[oó]n|respuesta|l[ií]nea|se[nñ]al)|sans\s+(?:service|internet|connexion|r[eé]ponse|r[eé]seau)|ohne\s+(?:internet|strom|netz|antwort|empfang)|encore\s+une\s+(?:panne|coupure)|(?:another|yet\s+another)\s+(?:outage|week|day)\s+(?:without|with\s+no)|another\s+outage|otra\s+(?:semana|vez|aver[ií]a|ca[ií]da)|noch\s+eine\s+st[oö]rung)\b/,
);

/**
 * An email's closing formula on a line of its own with the name under it ("Thanks so much,\nDaniel Osei"):
 * manners, not satisfaction ("Thank you so much!" with its mark is warmth). What follows the name is a signature of a few lines, or a quoted earlier mail.
 */
const SIGN_OFF_LINE =
  /^[ \t]*(?:many\s+|huge\s+)?(?:thanks?|thank\s+you|cheers|muchas\s+gracias|gracias|merci(?:\s+beaucoup)?|vielen\s+dank|danke(?:\s+sch[oö]n)?)(?:\s+(?:so\s+much|a\s+lot|again|very\s+much|in\s+advance|de\s+antemano|d'avance|im\s+voraus))?[ \t]*[,.]?[ \t]*$/gim;
const QUOTE_START = /^\s*(?:>|-{2,}|_{3,}|on\b.*\bwrote:|from:|de:|von:|le\b.*a\s+[ée]crit)/i;
const SIGNATURE_LINES = 4;

/** The message's words of tone to read: an email's closing formula as a plain thanks, without what follows it. */
function warmthText(turn: Turn): string {
  if (!turn.text.includes('\n')) return turn.norm;
  let at: number | undefined;
  for (const m of turn.text.matchAll(SIGN_OFF_LINE)) at = m.index;
  if (at === undefined) return turn.norm;
  const lines = turn.text.slice(at).split('\n');
  if (!lines[1]?.trim()) return turn.norm;
  const after = lines.slice(2);
  const quoted = after.findIndex((l) => QUOTE_START.test(l));
  const signature = (quoted >= 0 ? after.slice(0, quoted) : after).filter((l) => l.trim());
  // the formula counts as the plain thanks it is
  return signature.length <= SIGNATURE_LINES ? `${normalizeText(turn.text.slice(0, at))} thanks` : turn.norm;
}

export function scoreMessage(turn: Turn): MessageTone {
  let score = 0;
  let angry = false;
  let upset = false;
  let evidence: string | undefined;
  let strongest = 0;
  for (const cue of NEGATIVE_CUES) {
    if (!cue.gate.mayMatch(turn.norm)) continue;
    cue.re.lastIndex = 0;
    let hits = 0;
    for (let m = cue.re.exec(turn.norm); m && hits < 3; m = cue.re.exec(turn.norm)) {
      // "I'm not angry", "no estoy enojado", "je ne suis pas fâché", "ich bin nicht sauer": said, not felt
      if (NEGATED_BEFORE.test(turn.norm.slice(Math.max(0, m.index - 16), m.index))) continue;
      hits++;
      score += hits === 1 ? cue.weight : cue.weight / 2;
      if (cue.angry) angry = true;
      if (cue.angry || cue.frustrated) upset = true;
      if (cue.weight < strongest) {
        strongest = cue.weight;
        evidence = m[0];
      }
    }
  }
  let positive = 0;
  const warm = warmthText(turn);
  for (const cue of POSITIVE_CUES) {
    if (!cue.gate.mayMatch(turn.norm)) continue;
    cue.re.lastIndex = 0;
    if (cue.re.test(warm)) positive += cue.weight;
  }
  if (gatedTest(NEGATED_POSITIVE, turn.norm)) score -= 0.35;
  else if (positive > 0 && gatedTest(SARCASM, turn.norm) && gatedTest(COMPLAINT_CONTEXT, turn.norm)) {
    // "wow great service, 3 hours and still no answer. thanks a lot": the praise is the complaint.
    score -= positive + 0.3;
    evidence ??= 'sarcasm';
  } else score += positive;
  const { letters, upper } = countLetters(turn.text);
  if (letters >= 8 && upper / letters >= 0.7) {
    score -= 0.45;
    angry = true;
    upset = true;
    evidence ??= 'message in capitals';
  }
  // a sentence shouted whole ("NOBODY CALLED ME.", "WHEN WILL MY PICKUP BE COLLECTED."): anger, even with no word of it
  if (!angry && upper >= MIN_SHOUTED_LETTERS && shoutsSentence(turn.text)) {
    score -= 0.45;
    angry = true;
    upset = true;
    evidence ??= 'shouting';
  }
  // exclamation runs weigh on a complaint, not on thanks ("muchas gracias!! 😊")
  if (score <= 0 && /[!?]{3,}|!{2,}/.test(turn.text)) score -= 0.2;
  // Shouted words in an upset message ("Ça fait TROIS FOIS", "restore it NOW", "NON."): anger, short of a
  // message in capitals. Acronyms ("SIM", "IBAN", "HDMI ARC") are capitals too, so only shouted common words count.
  if (!angry && score < 0 && SHOUTED.test(turn.text)) {
    score -= 0.3;
    angry = true;
    upset = true;
    evidence ??= 'shouting';
  }
  return {
    score: Math.max(-1, Math.min(1, score)),
    angry: angry && score < -0.2,
    upset: upset && score < -0.2,
    evidence,
    turn: turn.index,
  };
}

/**
 * Three or more words in capitals ending a sentence, 12 letters at least: a company name or an acronym pair
 * ("HDMI ARC", "ACME CORP LTD" in a signature) does not end in a stop or a mark.
 */
const SHOUTED_SENTENCE = /(?<![\p{L}\d])\p{Lu}{2,}(?:[\s,']+\p{Lu}{2,}){2,}\s*[.!?]/gu;
const MIN_SHOUTED_LETTERS = 12;
/**
 * A word of speech in the shouted run: a merchant descriptor ("libellé NETFLX SERV PARIS.") or a company in a
 * signature has none (en, es, fr, de).
 */
const SPOKEN_WORD =
  /\b(?:I|ME|MY|YOU|YOUR|WE|US|OUR|IT|IS|ARE|WAS|NOT|NO|NOBODY|NOTHING|NEVER|WHY|WHEN|WHAT|WHERE|HOW|WILL|CAN|DO|DID|DON'T|THE|THIS|THAT|TO|YO|MI|NADIE|NADA|POR|QUE|ES|JE|NE|PAS|VOUS|PERSONNE|RIEN|POURQUOI|EST|ICH|NICHT|IHR|SIE|DAS|IST|WARUM|NIEMAND|NICHTS|MIR|MICH)\b/;

function shoutsSentence(text: string): boolean {
  for (const m of text.matchAll(SHOUTED_SENTENCE)) {
    let letters = 0;
    for (const ch of m[0]) if (ch !== ch.toLowerCase()) letters++;
    if (letters >= MIN_SHOUTED_LETTERS && SPOKEN_WORD.test(m[0])) return true;
  }
  return false;
}
const SHOUTED =
  /(?<![\p{L}\d_])\p{Lu}{6,}(?![\p{L}\d_])|(?<![\p{L}\d])(?:NOW|NEVER|NOTHING|AGAIN|STILL|JAMAIS|NUNCA|NADA|NICHTS|NIE|ENCORE|TODAY|STOP|ENOUGH|MY\s+MONEY|IMMER\s+NOCH|NICHT|UNFASSBAR|TROIS\s+FOIS|DREI\s+MAL|TRES\s+VECES|THREE\s+TIMES|ALLE|SEID|YA|BASTA|ASSEZ|SOFORT|JETZT|MAINTENANT|AHORA)(?![\p{L}\d])/u;

/** ASCII letters and capitals in `text` (a counting loop: no throwaway strings). */
function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      upper++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return { letters, upper };
}

export type SentimentReading = Sentiment & { angryEvidence?: { text: string; turn: number } };

/**
 * Sentiment over the conversation, weighted toward the customer's latest messages, so a customer
 * who calms down is not read as angry; `trend` compares the latest messages with the earlier ones.
 */
export function readSentiment(customerTurns: Turn[]): SentimentReading {
  if (customerTurns.length === 0) return { label: 'neutral', score: 0, trend: 'steady' };
  const tones = customerTurns.map(scoreMessage);
  const n = tones.length;
  // Recency weights: the last message counts most.
  let sum = 0;
  let weights = 0;
  tones.forEach((t, i) => {
    const w = 1 + (3 * (i + 1)) / n;
    sum += t.score * w;
    weights += w;
  });
  const last = tones[n - 1]!;
  const recent = tones.slice(-2);
  let score = sum / weights;
  // A strongly worded latest message dominates; a calm, positive one softens.
  if (last.score <= -0.5) score = Math.min(score, last.score * 0.9);
  const recentAngry = recent.find((t) => t.angry);
  let label: SentimentLabel;
  if (recentAngry && score <= -0.3 && last.score < 0.2) label = 'angry';
  else if (score < -0.2 || last.score <= -0.35) label = 'negative';
  else if (score >= 0.3) label = 'positive';
  // a warm last word ("Perfect, thank you so much!") after nothing but calm messages
  else if (last.score >= 0.5 && tones.every((t) => t.score >= 0)) label = 'positive';
  // words of frustration in one of the latest messages ("c'est ridicule") and no good note since: negative
  else if (last.score < 0.2 && tones.slice(-3).some((t) => t.upset)) label = 'negative';
  else label = 'neutral';
  if (label === 'angry' && last.score >= 0.2) label = 'negative';

  let trend: Sentiment['trend'] = 'steady';
  if (n >= 2) {
    const head = tones.slice(0, Math.max(1, Math.floor(n / 2)));
    const tail = tones.slice(Math.floor(n / 2));
    const avg = (xs: MessageTone[]) => xs.reduce((a, t) => a + t.score, 0) / xs.length;
    const delta = avg(tail) - avg(head);
    if (delta <= -0.2) trend = 'worsening';
    else if (delta >= 0.2) trend = 'improving';
  }
  const angrySource = [...tones].reverse().find((t) => t.upset && t.evidence);
  return {
    label,
    score: Math.round(Math.max(-1, Math.min(1, score)) * 100) / 100,
    trend,
    ...(angrySource ? { angryEvidence: { text: angrySource.evidence!, turn: angrySource.turn } } : {}),
  };
}
