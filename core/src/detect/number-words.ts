import { gated, gatedTest } from './literal-gate';
import { withoutAccents } from './text-scan';
/** English number words, for voice transcripts ("order one two three four", "two hundred dollars"). */
const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const DIGIT_WORD = /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)$/;

export const NUMBER_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|a|and)`;

/**
 * Number words of Spanish, French and German (accents off): values added up, as the languages
 * compose them ("cincuenta y nueve", "quatre-vingt-dix-neuf", "neunundneunzig"); `HUNDREDS` multiply
 * what comes before (or stand for 100), `THOUSANDS` close a group. German writes a number as one
 * word: `germanParts` splits it into these.
 */
const OTHER_UNITS: Record<string, number> = {
  // es
  cero: 0,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiun: 21,
  veintidos: 22,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900,
  // fr
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  // de
  null: 0,
  ein: 1,
  eins: 1,
  eine: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwolf: 12,
  sech: 6, // sechzehn
  sieb: 7, // siebzehn
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  funfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const HUNDREDS = new Set(['cien', 'ciento', 'cent', 'cents', 'hundert']);
const THOUSANDS = new Set(['mil', 'mille', 'tausend']);
const CONNECTORS = new Set(['y', 'et', 'und', 'and']);
const GERMAN_PART =
  /zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|sechzehn|siebzehn|zwolf|zehn|elf|eins|eine|ein|zwei|drei|vier|funf|sechs|sech|sieben|sieb|acht|neun|und/y;

/** A German number word in its parts ("zweihundertfunfzig" -> zwei, hundert, funfzig), or undefined. */
function germanParts(word: string): string[] | undefined {
  const parts: string[] = [];
  GERMAN_PART.lastIndex = 0;
  while (GERMAN_PART.lastIndex < word.length) {
    const m = GERMAN_PART.exec(word);
    if (!m) return undefined;
    if (m[0] === 'sechzehn' || m[0] === 'siebzehn') parts.push(m[0].slice(0, 4), 'zehn');
    else parts.push(m[0]);
  }
  return parts.length > 1 ? parts : undefined;
}

/**
 * The value of a phrase like "two hundred and fifty", "a thousand", "cincuenta y nueve",
 * "deux cents", "quatre-vingt-dix", "zweihundertfunfzig"; undefined if it is not one.
 */
export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(withoutAccents)
    .flatMap((w) => (w in UNITS || w in TENS || w in OTHER_UNITS ? [w] : (germanParts(w) ?? [w])))
    .filter((w) => !CONNECTORS.has(w));
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if (w === 'a' && i === 0) {
      // "a hundred", "a thousand": one; "a thirty five dollar fee": an article
      const next = words[1];
      if (next !== undefined && next !== 'hundred' && !(next in SCALES) && !HUNDREDS.has(next) && !THOUSANDS.has(next))
        continue;
      current = 1;
      continue;
    }
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if ((w === 'vingt' || w === 'vingts') && words[i - 1] === 'quatre')
      current += 76; // quatre-vingt: 4 x 20
    else if (w in OTHER_UNITS) current += OTHER_UNITS[w]!;
    else if (w === 'hundred' || HUNDREDS.has(w)) current = (current || 1) * 100;
    else if (w in SCALES || THOUSANDS.has(w)) {
      total += (current || 1) * (SCALES[w] ?? 1000);
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/**
 * Rewrites runs of four or more spelled digits as digits ("one two three four" -> "1234"), so the
 * id and phone extractors see what a voice transcript says. Other text is unchanged.
 */
const DIGIT_WORDS = gated(/\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i);

/** Spelled digits in Spanish, French and German ("uno dos tres cuatro", "deux trois quatre cinq", "zwei drei vier fünf"). */
const OTHER_DIGIT: Record<string, string> = {
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
  zero: '0',
  un: '1',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  six: '6',
  sept: '7',
  huit: '8',
  neuf: '9',
  null: '0',
  eins: '1',
  zwei: '2',
  zwo: '2',
  drei: '3',
  vier: '4',
  funf: '5',
  sechs: '6',
  sieben: '7',
  acht: '8',
  neun: '9',
};

/**
 * A digit said as a word in any of the four languages, by its accent-free lower-case spelling ("zero",
 * "oh", "cuatro", "zero" for "zéro", "funf" for "fünf"), for the voice readers (ids, secrets read out).
 */
export const SPOKEN_DIGIT: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ...OTHER_DIGIT,
  fuenf: '5',
};
const OTHER_DIGIT_WORD = String.raw`(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|z[eé]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|null|eins|zwei|zwo|drei|vier|f[uü]nf|sechs|sieben|acht|neun)`;
const OTHER_DIGIT_RUN = gated(
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${OTHER_DIGIT_WORD}[\s,-]+){3,}${OTHER_DIGIT_WORD}(?![\p{L}\p{N}])`, 'giu'),
);

/**
 * An id spelled on the phone with letters by example ("A as in apple, B as in boy, seven seven three
 * two one" -> "AB77321"): a run of four or more spelled letters and digits, one letter at least.
 */
const BY_EXAMPLE = String.raw`(?:[a-z]\s+as\s+in|[b-hj-z]\s+(?:for|like))\s+[a-z]+`;
const SPELLED_TOKEN = String.raw`(?:${BY_EXAMPLE}|(?:double\s+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)|[a-z](?=[\s,-]+(?:${BY_EXAMPLE}|zero|oh|one|two|three|four|five|six|seven|eight|nine)\b))`;
const SPELLED_ID_RUN = new RegExp(String.raw`\b(?:${SPELLED_TOKEN}[\s,-]+){3,}${SPELLED_TOKEN}\b`, 'gi');
const LETTER_BY_EXAMPLE = new RegExp(String.raw`^(?=([a-z]))${BY_EXAMPLE}$`, 'i');

function spelledIds(text: string): string {
  return text.replace(SPELLED_ID_RUN, (run) => {
    const tokens = run.match(new RegExp(SPELLED_TOKEN, 'gi')) ?? [];
    if (!tokens.some((t) => LETTER_BY_EXAMPLE.test(t))) return run;
    let out = '';
    for (const t of tokens) {
      const letter = LETTER_BY_EXAMPLE.exec(t);
      if (letter) out += letter[1]!.toUpperCase();
      else if (/^double\s+/i.test(t)) out += String(UNITS[t.split(/\s+/)[1]!.toLowerCase()]).repeat(2);
      else if (DIGIT_WORD.test(t.toLowerCase())) out += String(UNITS[t.toLowerCase()]);
      else out += t.toUpperCase();
    }
    return out;
  });
}

export function digitsFromWords(text: string): string {
  if (/\b[a-z]\s+(?:as\s+in|for|like)\s+[a-z]/i.test(text)) text = spelledIds(text);
  const spelled = gatedTest(DIGIT_WORDS, text) ? englishDigits(text) : text;
  if (!gatedTest(OTHER_DIGIT_RUN, spelled)) return spelled;
  return spelled.replace(OTHER_DIGIT_RUN, (run) =>
    run
      .toLowerCase()
      .split(/[\s,-]+/)
      .filter(Boolean)
      .map((w) => OTHER_DIGIT[withoutAccents(w)] ?? '')
      .join(''),
  );
}

/**
 * A run of spelled digits, with the single letters an id is spelled with among them ("b a eight eight
 * two oh one four four", "c l m four five five", "k seven q two l m"): tokens apart by spaces, commas
 * or dashes; a letter stands alone (the "s" of "it's" is none).
 */
const SPELLED_DIGIT = String.raw`(?:double[\s,-]+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
/**
 * For speed the run is found from its first spelled digit (a first letter a regular expression can look
 * for), then taken back over the single letters just before it ("r w" of "r w seven seven four").
 */
const SPELLED_DIGIT_RUN = new RegExp(
  String.raw`\b${SPELLED_DIGIT}(?:[\s,-]+(?:${SPELLED_DIGIT}|[a-z](?![\w'’])))+\b`,
  'gi',
);
const LETTERS_BEFORE = /(?:(?<![\w'’])[a-z][\s,-]+){1,4}$/i;
const SPELLED_TOKEN_OF = new RegExp(String.raw`${SPELLED_DIGIT}|[a-z]`, 'gi');

function englishDigits(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(SPELLED_DIGIT_RUN)) {
    const letters = LETTERS_BEFORE.exec(text.slice(Math.max(at, m.index - 12), m.index))?.[0] ?? '';
    const start = m.index - letters.length;
    const run = text.slice(start, m.index + m[0].length);
    const tokens = [...run.matchAll(SPELLED_TOKEN_OF)].map((t) => {
      const words = t[0].toLowerCase().split(/[\s,-]+/);
      const value =
        words.length === 2
          ? String(UNITS[words[1]!]).repeat(2)
          : DIGIT_WORD.test(words[0]!)
            ? String(UNITS[words[0]!])
            : words[0]!.toUpperCase();
      return { value, start: t.index, end: t.index + t[0].length };
    });
    if (tokens.length < 4) continue;
    out += text.slice(at, start) + spelledRun(run, tokens);
    at = start + run.length;
  }
  return at === 0 ? text : out + text.slice(at);
}

type SpelledToken = { value: string; start: number; end: number };
const isDigits = (t: SpelledToken) => /\d/.test(t.value);

/**
 * The text of a run of spelled tokens with the id it spells written out, else its runs of four digits
 * or more as numbers. Letters belong to the id when they read as an id's: up to three before three
 * digits or more ("RW77419", "E409"), or two to four mixed in with two digits at least ("K7Q2LM"); an
 * "a" or "I" at either end is the article or the pronoun ("a one two three four").
 */
function spelledRun(run: string, tokens: SpelledToken[]): string {
  let lead = 0;
  let tail = tokens.length;
  while (lead < tail && /^[AI]$/.test(tokens[lead]!.value)) lead++;
  while (tail > lead && /^[AI]$/.test(tokens[tail - 1]!.value)) tail--;
  const core = tokens.slice(lead, tail);
  const digits = core.filter(isDigits).length;
  const letters = core.length - digits;
  const lettersFirst = letters > 0 && core.slice(letters).every(isDigits);
  const isId =
    (lettersFirst && letters <= 3 && digits >= 3) ||
    (!lettersFirst && letters >= 2 && letters <= 4 && digits >= 2 && core.length >= 5);
  if (isId) return run.slice(0, core[0]!.start) + core.map((t) => t.value).join('') + run.slice(core.at(-1)!.end);
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && isDigits(tokens[j]!)) j++;
    if (j - i >= 4) {
      out +=
        run.slice(at, tokens[i]!.start) +
        tokens
          .slice(i, j)
          .map((t) => t.value)
          .join('');
      at = tokens[j - 1]!.end;
    }
    i = Math.max(j, i + 1);
  }
  return out + run.slice(at);
}

const SPOKEN_CENTS =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/i;
const ENDS_GROUP =
  /(?:^|[\s-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/i;

/**
 * A price said the way people say prices, in English words: "forty nine ninety nine" is 49.99,
 * "twelve fifty" 12.50, "two hundred and fifty" 250 (the dollars, then a tens word for the cents,
 * when the dollars end in a number of their own; else the whole phrase as one number).
 */
export function spokenPrice(phrase: string): number | undefined {
  const words = phrase.trim().split(/[\s-]+/);
  for (let k = 1; k < words.length; k++) {
    const left = words.slice(0, k).join(' ');
    const right = words.slice(k).join(' ');
    if (!SPOKEN_CENTS.test(right) || !ENDS_GROUP.test(left)) continue;
    const dollars = parseNumberWords(left);
    const cents = parseNumberWords(right);
    if (dollars === undefined || cents === undefined) continue;
    return Math.round(dollars * 100 + cents) / 100;
  }
  return parseNumberWords(phrase);
}
