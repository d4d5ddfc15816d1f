import { countCorrections } from './customer-corrections';
import { findBeyondLimit } from './beyond-limit';
import { normalizeText } from './normalize-text';
import type { HandoffEvent } from '../schema/handoff-event';
import { REASON_CODES, type Attempt, type Entities, type ReasonCode } from '../schema/handoff-package';
import type { Policy } from '../policy/policy-config';
import { originalOf } from './original-text';
import { quote, type ConversationView, type Turn } from './conversation-view';
import { reasonPhrases, type ReasonPhrases } from './reason-phrases';
import { findRepeatedQuestion } from './repeated-question';
import { isReportedByCustomer, timesFailed } from './attempts';
import type { SentimentReading } from './sentiment';
import { splitSentences } from './split-sentences';
import type { PhraseSet } from './phrase-set';

/** One reason that fired, with the evidence an agent can check. */
/** `evidence`: the customer's own sentence the reason was read from, for what the customer already said. */
export type ReasonFinding = { code: ReasonCode; detail: string; turn?: number; evidence?: string };

export type ReasonInput = {
  event: HandoffEvent;
  /** What was tried, with outcomes (a step failing again is a loop). */
  attempted?: readonly Attempt[];
  view: ConversationView;
  entities: Entities;
  sentiment: SentimentReading;
  policy: Policy;
};

/** Evidence quoted as the customer wrote it (the match ran on the normalised text). */
const said = (turn: Turn, what: string) =>
  `"${quote(originalOf(turn.text, what.trim(), { keepCase: true }))}" (message ${turn.index + 1})`;

/** The first customer sentence matching `set` (and not `unless`), with its turn. */
function findInCustomer(
  turns: Turn[],
  set: PhraseSet,
  unless?: PhraseSet,
): { turn: Turn; sentence: string } | undefined {
  for (const turn of turns) {
    if (!set.test(turn.norm)) continue;
    for (const sentence of splitSentences(turn.norm)) {
      if (set.test(sentence, turn.norm) && !(unless && unless.test(sentence, turn.norm)))
        return { turn, sentence: originalSentence(turn, sentence) };
    }
  }
  return undefined;
}

/**
 * The customer messages asking for a person ("representative", "representative please", "no agent agent"):
 * asked that often and still talking to the bot is a loop, however short each request.
 */
function personRequests(turns: Turn[], phrases: ReasonPhrases): { count: number; turn?: Turn } {
  let count = 0;
  let last: Turn | undefined;
  for (const turn of turns)
    if (phrases.personRequest.test(turn.norm) && !phrases.personNegation.test(turn.norm)) {
      count++;
      last = turn;
    }
  return last ? { count, turn: last } : { count };
}

/** Best effort: the sentence as the customer wrote it (same position in the original text). */
function originalSentence(turn: Turn, normSentence: string): string {
  const at = turn.norm.indexOf(normSentence);
  if (at >= 0 && turn.text.length === turn.norm.length) return turn.text.slice(at, at + normSentence.length);
  return normSentence;
}

function isVip(event: HandoffEvent, policy: Policy): string | undefined {
  const tier = event.customer?.tier?.toLowerCase();
  if (tier && policy.vip.tiers.some((t) => t.toLowerCase() === tier)) return `Customer tier is ${event.customer!.tier}`;
  const ltv = event.customer?.lifetimeValue;
  if (policy.vip.minLifetimeValue !== undefined && ltv !== undefined && ltv >= policy.vip.minLifetimeValue) {
    return `Customer lifetime value ${ltv} is at or above the VIP threshold ${policy.vip.minLifetimeValue}`;
  }
  return undefined;
}

function repeatedBotFailure(
  event: HandoffEvent,
  view: ConversationView,
  phrases: ReasonPhrases,
  policy: Policy,
): string | undefined {
  const failures = new Map<string, number>();
  for (const a of event.bot?.actions ?? []) {
    if (a.status !== 'failed') continue;
    const n = (failures.get(a.name) ?? 0) + 1;
    failures.set(a.name, n);
    if (n >= policy.repeatedBotFailureCount) return `The bot's step "${a.name}" failed ${n} times`;
  }
  let fallbacks = 0;
  let lastFallback: Turn | undefined;
  for (const turn of view.bot) {
    if (phrases.botFallback.test(turn.norm)) {
      fallbacks++;
      lastFallback = turn;
    }
  }
  if (fallbacks >= Math.max(2, policy.repeatedBotFailureCount) && lastFallback) {
    return `The bot did not understand ${fallbacks} times, e.g. ${said(lastFallback, lastFallback.text)}`;
  }
  // The bot sending the very same question or instruction again, after the customer answered: a loop.
  const sent = new Map<string, number>();
  for (const turn of view.bot) {
    if (turn.norm.length < 12 || (!turn.norm.includes('?') && turn.norm.length < 25)) continue;
    const n = (sent.get(turn.norm) ?? 0) + 1;
    sent.set(turn.norm, n);
    if (n >= 2) return `The bot sent the same message ${n} times: ${said(turn, turn.text)}`;
  }
  // The same answer inside different messages ("I'm sorry for the wait. Your claim is under review..."
  // then "I understand. Your claim is under review..."): a loop too, when most of what the later
  // message says, courtesy aside, was said before (one shared sentence among new ones is a template).
  const answered = new Set<string>();
  for (const turn of view.bot) {
    if (turn.norm.length < BOT_QUESTION_MIN) continue;
    const content = new Set<string>();
    for (const sentence of turn.norm.split(BOT_SENTENCE_END)) {
      const s = sentence.replace(/[\s.!?]+$/, '');
      // a question the bot asks again ("¿Para qué mascota es la cita?") counts however short
      const min = /\?\s*$/.test(sentence) ? BOT_QUESTION_MIN : BOT_ANSWER_MIN;
      if (s.length >= min && !COURTESY.test(s)) content.add(s);
    }
    let again = 0;
    let quoted: string | undefined;
    for (const s of content)
      if (answered.has(s)) {
        again++;
        quoted ??= s;
      }
    if (quoted !== undefined && again * 2 > content.size)
      return `The bot gave the same answer again: ${said(turn, sentenceOf(turn.text, quoted) ?? turn.text)}`;
    for (const s of content) answered.add(s);
  }
  return undefined;
}

const BOT_ANSWER_MIN = 35;
const BOT_QUESTION_MIN = 15;
const BOT_SENTENCE_END = /(?<=[.!?])\s+/;
/** Sentences every bot repeats that say nothing about the problem: thanks, apologies, transfers (en, es, fr, de; accents off). */
const COURTESY =
  /\b(?:anything\s+else|confirm|sorry|apologi|thank|understand|one\s+moment|please\s+wait|bear\s+with|connect|transfer|hand\s+you|pass\s+you|agent|colleague|specialist|lo\s+siento|disculp|gracias|entiendo|momento|te\s+paso|le\s+paso|transfier|desole|merci|je\s+comprends|instant|mets\s+en\s+relation|transf[eè]re|conseiller|tut\s+mir\s+leid|entschuldig|danke|verstehe|moment|verbinde|weiter(?:leiten|geleitet)|kolleg|mitarbeiter)/;

/** The sentence of `text` whose normal form is `norm`, for quoting the customer's own words (case kept). */
function sentenceOf(text: string, norm: string): string | undefined {
  return text.split(BOT_SENTENCE_END).find((s) => normalizeText(s).replace(/[\s.!?]+$/, '') === norm);
}

const STEP_STOP = new Set([
  'the',
  'your',
  'you',
  'and',
  'for',
  'with',
  'again',
  'try',
  'trying',
  'tried',
  'please',
  'app',
  'application',
  'this',
  'that',
  'now',
  'just',
  'also',
]);
/** Content words of a step, verbs without their "re" ("resent" is "sent"). */
const stepWords = (step: string) =>
  new Set(
    step
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STEP_STOP.has(w))
      .map((w) => w.replace(/^re(?=[a-z]{4,})/, '')),
  );

const RUN_WORDS = 3;
/** Two step texts holding the same run of three words: the same words read twice. */
function sharesRun(a: string, b: string): boolean {
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
  const x = words(a);
  const y = words(b).join(' ');
  for (let i = 0; i + RUN_WORDS <= x.length; i++)
    if (` ${y} `.includes(` ${x.slice(i, i + RUN_WORDS).join(' ')} `)) return true;
  return false;
}

/** A step that failed, tried again and failed again ("sent a reset link" ... "resent the link"): the bot looping on it. */
function sameStepFailedAgain(attempted: readonly Attempt[], policy: Policy): string | undefined {
  for (const [a, n] of timesFailed(attempted) ?? [])
    if (n >= Math.max(2, policy.repeatedBotFailureCount)) return `The step "${a.step}" failed ${n} times`;
  const failed = attempted
    .filter((a) => a.outcome === 'failed')
    .map((a) => ({ a, words: stepWords(a.step), customer: isReportedByCustomer(a) }));
  for (let i = 0; i < failed.length; i++) {
    let n = 1;
    for (let j = i + 1; j < failed.length; j++) {
      // two things the customer tried ("restarted the router", "reset the router") are two steps, not the bot looping;
      // a logged action and the bot's words about it ("send_password_reset", "the reset didn't go through") are one try;
      // one instruction read twice from one message ("refreshed your profile - please turn airplane mode on", "turn
      // airplane mode on and off") is one try (a step failing in several turns is counted by `timesFailed` above)
      if (failed[i]!.customer && failed[j]!.customer) continue;
      if (failed[i]!.a.source !== failed[j]!.a.source) continue;
      if (sharesRun(failed[i]!.a.step, failed[j]!.a.step)) continue;
      const x = failed[i]!.words;
      const y = failed[j]!.words;
      let shared = 0;
      for (const w of y) if (x.has(w)) shared++;
      if (shared > 0 && shared >= Math.min(x.size, y.size) * 0.6) n++;
    }
    if (n >= Math.max(2, policy.repeatedBotFailureCount)) return `The step "${failed[i]!.a.step}" failed ${n} times`;
  }
  return undefined;
}

function highValue(
  input: ReasonInput,
  phrases: ReasonPhrases,
): { detail: string; turn: number; evidence: string } | undefined {
  const { entities, policy, view } = input;
  const above = entities.amounts.filter((a) => a.value > policy.highValueThreshold);
  if (above.length === 0) return undefined;
  const contest = findInCustomer(view.customer, phrases.moneyAtStake, phrases.moneySettled);
  if (!contest) return undefined;
  const largest = above.reduce((a, b) => (b.value > a.value ? b : a));
  return {
    detail: `${largest.text} at stake: ${said(contest.turn, contest.sentence)}`,
    turn: contest.turn.index,
    evidence: contest.sentence,
  };
}

/**
 * Every reason of contract section 3 that fires, in order of precedence. Detectors read the
 * customer's words (and the bot's, for loops and planned escalations); nothing in the text can
 * switch a rule off or change a threshold: those come from the policy alone.
 */
export function detectReasons(input: ReasonInput): ReasonFinding[] {
  const { event, view, policy, sentiment } = input;
  const phrases = reasonPhrases(policy);
  const found = new Map<ReasonCode, ReasonFinding>();
  const add = (code: ReasonCode, detail: string | undefined, turn?: number, evidence?: string) => {
    if (detail !== undefined && !found.has(code) && !policy.disabledReasons.includes(code))
      found.set(code, {
        code,
        detail,
        ...(turn !== undefined ? { turn } : {}),
        ...(evidence !== undefined ? { evidence } : {}),
      });
  };

  const request = findInCustomer(view.customer, phrases.personRequest, phrases.personNegation);
  if (request)
    add(
      'customer_requested',
      `Customer asked for a person: ${said(request.turn, request.sentence)}`,
      request.turn.index,
      request.sentence,
    );
  else if (event.handoff?.requestedBy === 'customer')
    add('customer_requested', 'The bot reports that the customer asked for a person');

  const security = findInCustomer(view.customer, phrases.security, phrases.securityNegation);
  if (security)
    add(
      'security_risk',
      `Possible account or payment security issue: ${said(security.turn, security.sentence)}`,
      security.turn.index,
      security.sentence,
    );

  const legal = findInCustomer(view.customer, phrases.legal, phrases.legalJoke);
  if (legal)
    add(
      'legal_compliance',
      `Legal or compliance matter: ${said(legal.turn, legal.sentence)}`,
      legal.turn.index,
      legal.sentence,
    );

  const extraFrustration = findInCustomer(view.customer, phrases.frustrationExtra);
  if (
    sentiment.label === 'angry' ||
    (sentiment.label === 'negative' && (sentiment.angryEvidence || sentiment.score <= -0.5))
  ) {
    const ev = sentiment.angryEvidence;
    const turn = ev ? view.turns[ev.turn] : undefined;
    add(
      'negative_sentiment',
      turn
        ? `Customer is ${sentiment.label === 'angry' ? 'angry' : 'frustrated'}: ${said(turn, turn.text)}`
        : `Customer sentiment is ${sentiment.label}`,
      turn?.index,
    );
  } else if (extraFrustration) {
    add(
      'negative_sentiment',
      `Customer is frustrated: ${said(extraFrustration.turn, extraFrustration.sentence)}`,
      extraFrustration.turn.index,
      extraFrustration.sentence,
    );
  }

  const repeated = findRepeatedQuestion(view.customer);
  const loopComplaint = findInCustomer(view.customer, phrases.customerLoop);
  if (repeated.count >= policy.repeatedQuestionCount && repeated.turn) {
    add(
      'repeated_failure',
      `Customer asked the same thing ${repeated.count} times: ${said(repeated.turn, repeated.turn.text)}`,
      repeated.turn.index,
    );
  } else {
    const botFailure =
      repeatedBotFailure(event, view, phrases, policy) ?? sameStepFailedAgain(input.attempted ?? [], policy);
    const corrections = countCorrections(view.customer);
    const askedForPerson = request ? personRequests(view.customer, phrases) : { count: 0 };
    if (botFailure) add('repeated_failure', botFailure);
    else if (askedForPerson.turn && askedForPerson.count >= policy.repeatedQuestionCount)
      add(
        'repeated_failure',
        `Customer asked for a person ${askedForPerson.count} times: ${said(askedForPerson.turn, askedForPerson.turn.text)}`,
        askedForPerson.turn.index,
      );
    else if (corrections.turn && corrections.count >= policy.repeatedQuestionCount - 1)
      add(
        'repeated_failure',
        `The customer had to correct the bot ${corrections.count} times: ${said(corrections.turn, corrections.turn.text)}`,
        corrections.turn.index,
      );
    else if (loopComplaint)
      add(
        'repeated_failure',
        `Conversation is going in circles: ${said(loopComplaint.turn, loopComplaint.sentence)}`,
        loopComplaint.turn.index,
      );
  }

  const money = highValue(input, phrases);
  if (money) add('high_value', money.detail, money.turn, money.evidence);

  const exception = findInCustomer(view.customer, phrases.policyException);
  if (exception)
    add(
      'policy_exception',
      `Customer asks for something outside policy: ${said(exception.turn, exception.sentence)}`,
      exception.turn.index,
      exception.sentence,
    );
  else {
    // the bot (or its handoff note) says what the customer wants is outside policy: "outside our return window"
    const limit = view.bot.find((t) => phrases.policyLimitStated.test(t.norm));
    const note = event.handoff?.note;
    if (limit) add('policy_exception', `The bot says this is outside policy: ${said(limit, limit.text)}`, limit.index);
    else if (note && phrases.policyLimitStated.test(normalizeText(note)))
      add('policy_exception', `The bot handed off as outside policy: ${quote(note)}`);
    else {
      // the customer wants more than the limit the bot just stated ("bis zu 2 Monate" ... "ich bräuchte eher 3 Monate")
      const beyond = findBeyondLimit(view.turns);
      if (beyond)
        add(
          'policy_exception',
          `Customer asks for more than the stated limit (${beyond.limit}): ${said(beyond.turn, beyond.turn.text)}`,
          beyond.turn.index,
        );
    }
  }

  add('vip_customer', isVip(event, policy));

  const confidence = event.bot?.confidence;
  if (confidence !== undefined && confidence < policy.lowConfidenceThreshold) {
    add(
      'low_confidence',
      `Bot confidence ${confidence.toFixed(2)} is under the threshold ${policy.lowConfidenceThreshold.toFixed(2)}`,
    );
  }

  const cannot = [...view.bot].reverse().find((t) => phrases.botCannot.test(t.norm));
  if (cannot) add('out_of_scope', `The bot could not handle this: ${said(cannot, cannot.text)}`, cannot.index);
  if (found.size === 0) {
    found.set('out_of_scope', {
      code: 'out_of_scope',
      detail: event.handoff?.note
        ? `The bot handed off: ${quote(event.handoff.note)}`
        : 'The bot handed off without a more specific reason',
    });
  }
  return REASON_CODES.filter((c) => found.has(c)).map((c) => found.get(c)!);
}
