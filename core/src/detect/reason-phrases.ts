import { DEFAULT_POLICY, type Policy } from '../policy/policy-config';
import type { ReasonCode } from '../schema/handoff-package';
import {
  PERSON_REQUEST_DE,
  PERSON_REQUEST_EN,
  PERSON_REQUEST_ES,
  PERSON_REQUEST_FR,
  PERSON_REQUEST_NEGATIONS,
  PERSON_REQUEST_NOT_AFTER,
} from '../lexicon/person-request';
import {
  BOT_CANNOT,
  BOT_HANDS_OVER,
  BOT_FALLBACK,
  CUSTOMER_LOOP,
  LEGAL,
  LEGAL_JOKES,
  LEGAL_NOT_AFTER,
  MONEY_AT_STAKE,
  MONEY_NOT_AFTER,
  MONEY_SETTLED,
  POLICY_EXCEPTION,
  POLICY_LIMIT_STATED,
  SECURITY,
  SECURITY_NEGATIONS,
} from '../lexicon/risk-phrases';
import { PhraseSet } from './phrase-set';

/** Every phrase set the reason detectors use, compiled once per policy (its extra phrases included). */
export type ReasonPhrases = {
  personRequest: PhraseSet;
  personNegation: PhraseSet;
  securityNegation: PhraseSet;
  security: PhraseSet;
  legal: PhraseSet;
  legalJoke: PhraseSet;
  frustrationExtra: PhraseSet;
  moneyAtStake: PhraseSet;
  /** "The refund of $250 arrived": money no longer at stake in that sentence. */
  moneySettled: PhraseSet;
  policyException: PhraseSet;
  /** The bot or the handoff note saying the request is outside policy. */
  policyLimitStated: PhraseSet;
  botCannot: PhraseSet;
  botFallback: PhraseSet;
  customerLoop: PhraseSet;
};

const cache = new WeakMap<Policy, ReasonPhrases>();

export function reasonPhrases(policy: Policy): ReasonPhrases {
  const hit = cache.get(policy);
  if (hit) return hit;
  const extra = (code: ReasonCode) => policy.extraPhrases[code] ?? [];
  const phrases: ReasonPhrases = {
    personRequest: new PhraseSet(
      [...PERSON_REQUEST_EN, ...PERSON_REQUEST_ES, ...PERSON_REQUEST_FR, ...PERSON_REQUEST_DE],
      extra('customer_requested'),
      PERSON_REQUEST_NOT_AFTER,
    ),
    personNegation: new PhraseSet(PERSON_REQUEST_NEGATIONS),
    security: new PhraseSet(SECURITY, extra('security_risk')),
    securityNegation: new PhraseSet(SECURITY_NEGATIONS),
    legal: new PhraseSet(LEGAL, extra('legal_compliance'), LEGAL_NOT_AFTER),
    legalJoke: new PhraseSet(LEGAL_JOKES),
    frustrationExtra: new PhraseSet([], extra('negative_sentiment')),
    moneyAtStake: new PhraseSet(MONEY_AT_STAKE, extra('high_value'), MONEY_NOT_AFTER),
    moneySettled: new PhraseSet(MONEY_SETTLED),
    policyException: new PhraseSet(POLICY_EXCEPTION, extra('policy_exception')),
    policyLimitStated: new PhraseSet(POLICY_LIMIT_STATED),
    botCannot: new PhraseSet([...BOT_CANNOT, ...BOT_HANDS_OVER], extra('out_of_scope')),
    botFallback: new PhraseSet(BOT_FALLBACK),
    customerLoop: new PhraseSet(CUSTOMER_LOOP, extra('repeated_failure')),
  };
  cache.set(policy, phrases);
  return phrases;
}

// The default policy's phrase sets, compiled with the module: their literals join the gate's first build.
reasonPhrases(DEFAULT_POLICY);
