import type { Attempt, Entities, Intent, ReasonCode } from '../schema/handoff-package';
import type { Language } from '../detect/language';
import { intentTopic } from './intent-topic';

type GreetingInput = {
  firstName?: string;
  intent: Intent;
  entities: Entities;
  attempted: Attempt[];
  reason: ReasonCode;
  language: Language;
};

const TEMPLATES: Record<
  Language,
  {
    hi: (n?: string) => string;
    see: (topic: string) => string;
    tried: (step: string) => string;
    noRepeat: string;
    security: string;
    closing: string;
  }
> = {
  en: {
    hi: (n) => (n ? `Hi ${n}, thanks for waiting.` : 'Hi, thanks for waiting.'),
    see: (topic) => `I've read your conversation about ${topic}`,
    tried: (step) => ` and I can see ${step} didn't solve it`,
    noRepeat: ", so you won't need to repeat anything.",
    security: "First, let's make sure your account is safe.",
    closing: "I'm taking it from here.",
  },
  es: {
    hi: (n) => (n ? `Hola ${n}, gracias por esperar.` : 'Hola, gracias por esperar.'),
    see: (topic) => `He leído su conversación sobre ${topic}`,
    tried: (step) => ` y veo que ${step} no lo resolvió`,
    noRepeat: ', así que no tendrá que repetir nada.',
    security: 'Primero, asegurémonos de que su cuenta esté protegida.',
    closing: 'Me encargo a partir de aquí.',
  },
  fr: {
    hi: (n) => (n ? `Bonjour ${n}, merci de votre patience.` : 'Bonjour, merci de votre patience.'),
    see: (topic) => `J'ai lu votre échange au sujet ${topic}`,
    tried: (step) => ` et je vois que ${step} n'a pas suffi`,
    noRepeat: ', vous n’aurez rien à répéter.',
    security: "D'abord, assurons-nous que votre compte est en sécurité.",
    closing: 'Je prends le relais.',
  },
  de: {
    hi: (n) => (n ? `Hallo ${n}, danke fürs Warten.` : 'Hallo, danke fürs Warten.'),
    see: (topic) => `Ich habe Ihr Gespräch ${topic} gelesen`,
    tried: (step) => ` und sehe, dass ${step} nicht geholfen hat`,
    noRepeat: ', Sie müssen also nichts wiederholen.',
    security: 'Zuerst stellen wir sicher, dass Ihr Konto geschützt ist.',
    closing: 'Ich übernehme ab hier.',
  },
};

/** The customer's "I" before a step they report, for the agent to quote back: "J'ai déjà essayé de", "Ich habe schon", "He probado a". */
const FIRST_PERSON =
  /^(?:i(?:'ve|\s+have)?\s+(?:already\s+)?|j'ai\s+(?:d[ée]j[àa]\s+)?(?:essay[ée]\s+(?:de\s+|d'))?|ich\s+habe\s+(?:(?:schon|bereits)\s+)?|(?:ya\s+)?(?:he\s+(?:probado|intentado)\s+(?:a\s+)?|(?:lo\s+)?(?:intent[ée]|prob[ée])\s+))/i;

/**
 * What the agent says first, in the customer's language: their name, the issue in the customer's
 * own terms (ids, codes), what already failed, and the promise not to make them repeat it. Never
 * "how can I help you today".
 */
export function composeGreeting(g: GreetingInput): string {
  const t = TEMPLATES[g.language];
  const order = g.entities.orderIds[0];
  const error = g.entities.errorCodes[0];
  const topic = order
    ? { en: `order ${order}`, es: `el pedido ${order}`, fr: `de la commande ${order}`, de: `zur Bestellung ${order}` }[
        g.language
      ]
    : error
      ? { en: `the error ${error}`, es: `el error ${error}`, fr: `de l'erreur ${error}`, de: `zum Fehler ${error}` }[
          g.language
        ]
      : intentTopic(g.intent.label, g.language);
  const failed =
    g.attempted.find((a) => a.outcome === 'failed' && a.source === 'bot_action') ??
    g.attempted.find((a) => a.outcome === 'failed');
  const step = failed
    ? failed.step
        .replace(/_+|(?<=[a-z])\.(?=[a-z])/gi, ' ')
        .replace(FIRST_PERSON, '')
        .replace(/^(?:tried|tryed|attempted)\s+/, '')
    : undefined;
  let text = `${t.hi(g.firstName)} ${t.see(topic)}${step ? t.tried(`"${step}"`) : ''}${t.noRepeat}`;
  text += ` ${g.reason === 'security_risk' ? t.security : t.closing}`;
  return text;
}
