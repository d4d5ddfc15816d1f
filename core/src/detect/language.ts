import type { Turn } from './conversation-view';

export type Language = 'en' | 'es' | 'fr' | 'de';

const MARKERS: Record<Exclude<Language, 'en'>, RegExp> = {
  es: /(?<![\p{L}])(?:el|la|los|las|que|de|por|para|con|una?|mi|pero|quiero|necesito|hablar|tengo|no|es|est[aá]|hola|gracias|pedido|cuenta|ayuda)(?![\p{L}])/gu,
  fr: /(?<![\p{L}])(?:le|la|les|des|est|je|vous|une?|mon|ma|mes|pas|avec|pour|parler|bonjour|merci|commande|compte|j'ai|c'est|ne|qui)(?![\p{L}])/gu,
  de: /(?<![\p{L}])(?:der|die|das|und|ist|ich|nicht|mit|ein|eine|einen|mein|meine|bitte|sprechen|danke|hallo|bestellung|konto|habe|sie|auf|zu)(?![\p{L}])/gu,
};
const EN =
  /(?<![\p{L}])(?:the|and|is|to|i|you|my|it|not|with|for|this|that|please|order|account|want|need|can|have)(?![\p{L}])/gu;

/** The customer's language: the locale when given, else stop words counted in their messages. */
export function detectLanguage(customerTurns: Turn[], locale?: string): Language {
  const fromLocale = locale?.slice(0, 2).toLowerCase();
  if (fromLocale === 'es' || fromLocale === 'fr' || fromLocale === 'de' || fromLocale === 'en') return fromLocale;
  const sample = customerTurns
    .map((t) => t.norm)
    .join(' ')
    .slice(0, 4000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  let best: Language = 'en';
  let bestCount = count(EN);
  for (const lang of ['es', 'fr', 'de'] as const) {
    const n = count(MARKERS[lang]);
    if (n > bestCount * 1.2 && n >= 2) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}
