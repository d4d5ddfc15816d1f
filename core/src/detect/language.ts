import type { Turn } from './conversation-view';

export type Language = 'en' | 'es' | 'fr' | 'de';

/** Stop words and everyday support words of each language, as whole words of the normalised text. */
const MARKERS: Record<Language, readonly string[]> = {
  en: [
    'the',
    'and',
    'is',
    'to',
    'i',
    'you',
    'my',
    'it',
    'not',
    'with',
    'for',
    'this',
    'that',
    'please',
    'order',
    'account',
    'want',
    'need',
    'can',
    'have',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'que',
    'de',
    'por',
    'para',
    'con',
    'un',
    'una',
    'mi',
    'pero',
    'quiero',
    'necesito',
    'hablar',
    'tengo',
    'no',
    'es',
    'esta',
    'está',
    'hola',
    'gracias',
    'pedido',
    'cuenta',
    'ayuda',
    'me',
    'pueden',
    'puede',
    'prefiero',
    'del',
    'muy',
    'hay',
    'tiene',
    'cuando',
    'como',
    'donde',
    'porque',
    'humano',
    'persona',
    'alguien',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'est',
    'je',
    'vous',
    'un',
    'une',
    'mon',
    'ma',
    'mes',
    'pas',
    'avec',
    'pour',
    'parler',
    'bonjour',
    'merci',
    'commande',
    'compte',
    "j'ai",
    "c'est",
    'ne',
    'qui',
    'moi',
    'veux',
    'voudrais',
    'suis',
    'svp',
    'humain',
    'conseiller',
    'passez',
    'du',
    'et',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'ich',
    'nicht',
    'mit',
    'ein',
    'eine',
    'einen',
    'mein',
    'meine',
    'bitte',
    'sprechen',
    'danke',
    'hallo',
    'bestellung',
    'konto',
    'habe',
    'sie',
    'auf',
    'zu',
    'mensch',
    'menschen',
    'mitarbeiter',
    'möchte',
    'mochte',
    'kann',
  ],
};
const LANGUAGES: readonly Language[] = ['en', 'es', 'fr', 'de'];
/** Word -> bit per language (en 1, es 2, fr 4, de 8). */
const MARKER_BITS = new Map<string, number>();
LANGUAGES.forEach((lang, bit) => {
  for (const w of MARKERS[lang]) MARKER_BITS.set(w, (MARKER_BITS.get(w) ?? 0) | (1 << bit));
});

const LETTER = /\p{L}/u;
const isLetter = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && LETTER.test(String.fromCharCode(c)));

/**
 * Marker words per language in `text`: each run of letters looked up once ("j'ai" and "c'est" across
 * their apostrophe), so one pass counts all four languages.
 */
export function countMarkers(text: string): Record<Language, number> {
  const counts = [0, 0, 0, 0];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isLetter(text.charCodeAt(end))) end++;
    let word = text.slice(i, end);
    // "j'ai", "c'est": one French word across the apostrophe
    if ((word === 'j' || word === 'c') && text.charCodeAt(end) === 39) {
      let next = end + 1;
      while (next < n && isLetter(text.charCodeAt(next))) next++;
      const joined = text.slice(i, next);
      if (MARKER_BITS.has(joined)) {
        word = joined;
        end = next;
      }
    }
    const bits = MARKER_BITS.get(word);
    if (bits !== undefined) for (let b = 0; b < 4; b++) if (bits & (1 << b)) counts[b]!++;
    i = end;
  }
  return { en: counts[0]!, es: counts[1]!, fr: counts[2]!, de: counts[3]! };
}

/** The customer's language: the locale when given, else stop words counted in their messages. */
export function detectLanguage(customerTurns: Turn[], locale?: string): Language {
  const fromLocale = locale?.slice(0, 2).toLowerCase();
  if (fromLocale === 'es' || fromLocale === 'fr' || fromLocale === 'de' || fromLocale === 'en') return fromLocale;
  const sample = customerTurns
    .map((t) => t.norm)
    .join(' ')
    .slice(0, 4000);
  const counts = countMarkers(sample);
  // "¿" and "¡" are written only in Spanish (found by indexOf: a native search, not a loop here)
  for (const mark of ['¿', '¡'])
    for (let i = sample.indexOf(mark); i >= 0; i = sample.indexOf(mark, i + 1)) counts.es += 2;
  let best: Language = 'en';
  let bestCount = counts.en;
  for (const lang of ['es', 'fr', 'de'] as const) {
    const n = counts[lang];
    if (n > bestCount * 1.2 && n >= 2) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}
