/**
 * A date as the customer said it ("March 3rd", "3/14/2026", "le 12 mars", "am 5. Mai", "yesterday",
 * "last Tuesday", "vor 3 Tagen") made into the ISO day it names (YYYY-MM-DD), counted from the time
 * of the message that said it. Pure: the reference time comes in, nothing reads the clock.
 *
 * Returns the ISO day; `undefined` when the words name a day but there is no time to count from
 * (keep the words as written); `null` when they name no single day ("last month", "this week").
 */
import { directionOf, hasWordsAround, type Direction } from './date-direction';
import { parseNumberWords } from './number-words';

export type DateLanguage = 'en' | 'es' | 'fr' | 'de';

const MONTH_OF: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['jan', 'january', 'enero', 'janvier', 'januar', 'janner', 'jänner']],
  [2, ['feb', 'february', 'febrero', 'fevrier', 'février', 'februar']],
  [3, ['mar', 'march', 'marzo', 'mars', 'marz', 'märz', 'maerz']],
  [4, ['apr', 'april', 'abril', 'avril']],
  [5, ['may', 'mayo', 'mai']],
  [6, ['jun', 'june', 'junio', 'juin', 'juni']],
  [7, ['jul', 'july', 'julio', 'juillet', 'juli']],
  [8, ['aug', 'august', 'agosto', 'aout', 'août']],
  [9, ['sep', 'sept', 'september', 'septiembre', 'setiembre', 'septembre']],
  [10, ['oct', 'october', 'octubre', 'octobre', 'oktober']],
  [11, ['nov', 'november', 'noviembre', 'novembre']],
  [12, ['dec', 'december', 'diciembre', 'decembre', 'décembre', 'dezember']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTH_OF[name] = n;

/** Weekdays, Sunday = 0, in the four languages. */
const WEEKDAY_OF: Record<string, number> = {};
const WEEKDAY_NAMES: string[][] = [
  ['sunday', 'domingo', 'dimanche', 'sonntag'],
  ['monday', 'lunes', 'lundi', 'montag'],
  ['tuesday', 'martes', 'mardi', 'dienstag'],
  ['wednesday', 'miercoles', 'miércoles', 'mercredi', 'mittwoch'],
  ['thursday', 'jueves', 'jeudi', 'donnerstag'],
  ['friday', 'viernes', 'vendredi', 'freitag'],
  ['saturday', 'sabado', 'sábado', 'samedi', 'samstag', 'sonnabend'],
];
WEEKDAY_NAMES.forEach((names, d) => names.forEach((name) => (WEEKDAY_OF[name] = d)));

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_OF: Record<string, number> = {};
ORDINAL_UNITS.forEach((w, i) => (ORDINAL_OF[w] = i + 1));
[
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
].forEach((w, i) => (ORDINAL_OF[w] = i + 10));
ORDINAL_OF['twentieth'] = 20;
ORDINAL_OF['thirtieth'] = 30;
ORDINAL_UNITS.forEach((w, i) => {
  ORDINAL_OF[`twenty ${w}`] = 21 + i;
  ORDINAL_OF[`twenty-${w}`] = 21 + i;
});
ORDINAL_OF['thirty first'] = 31;
ORDINAL_OF['thirty-first'] = 31;

/** The ordinal words of days 1-31, longest first, for a regex ("twenty first" before "first"). */
export const DAY_ORDINAL_WORDS = Object.keys(ORDINAL_OF)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[ -]/g, '[\\s-]'))
  .join('|');

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const validDay = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = Date.UTC(y, m - 1, d);
  return new Date(t).getUTCDate() === d;
};

/** The day nearest the reference with this month and day (the year around the turn of a year). */
function nearestYear(m: number, d: number, ref: number): number | undefined {
  const y = new Date(ref).getUTCFullYear();
  let best: number | undefined;
  for (const year of [y - 1, y, y + 1]) {
    if (!validDay(year, m, d)) continue;
    const t = Date.UTC(year, m - 1, d);
    if (best === undefined || Math.abs(t - ref) < Math.abs(best - ref)) best = t;
  }
  return best;
}

const dayOf = (ref: number) => Math.floor(ref / DAY) * DAY;

/** "next week" (group 1) or "this week" right after a weekday, in the four languages. */
const WEEK_AFTER =
  /^[\s,]*(?:(?:of|de)\s+)?(?:(next\s+week|la\s+pr[oó]xima\s+semana|la\s+semana\s+que\s+viene|(?:de\s+)?la\s+semaine\s+prochaine|n[äa]chste[nr]?\s+woche)|this\s+week|esta\s+semana|(?:de\s+)?cette\s+semaine|diese[nr]?\s+woche)(?![\p{L}])/iu;

/** The weekday `words` name, ahead or behind as its clause says; with no word around it, the one just gone. */
function weekday(words: string, ref: number, before: string, after: string): number | null | undefined {
  const name = words.match(/\p{L}+/gu)?.find((w) => WEEKDAY_OF[w] !== undefined);
  if (name === undefined) return null;
  const target = WEEKDAY_OF[name]!;
  const today = new Date(ref).getUTCDay();
  // "Friday next week", "Saturday this week": that week's day (weeks from Monday)
  const week = WEEK_AFTER.exec(after);
  if (week) return dayOf(ref) + ((week[1] ? 7 : 0) - ((today + 6) % 7) + ((target + 6) % 7)) * DAY;
  // with no past verb in its clause a weekday is more often ahead ("his birthday is on Saturday")
  const direction = directionOf(words, before, after) ?? (hasWordsAround(before, after) ? 'ahead' : 'behind');
  if (direction === 'ahead') return dayOf(ref) + ((target - today + 7) % 7 || 7) * DAY;
  return dayOf(ref) - ((today - target + 7) % 7 || 7) * DAY;
}

/**
 * A day of the month said alone ("due on the 28th", "on uh the twenty second"): in the month around
 * the message, the nearest such day, or the one before or after it as its clause says.
 */
function dayOfMonth(day: number, ref: number, direction: Direction | undefined): number | undefined {
  const at = new Date(ref);
  const today = dayOf(ref);
  const days: number[] = [];
  for (const shift of [-1, 0, 1]) {
    const y = at.getUTCFullYear();
    const m = at.getUTCMonth() + shift;
    const t = Date.UTC(y, m, day);
    if (new Date(t).getUTCDate() === day) days.push(t);
  }
  const fits = days.filter((t) => (direction === 'ahead' ? t >= today : direction === 'behind' ? t <= today : true));
  return fits.sort((a, b) => Math.abs(a - today) - Math.abs(b - today))[0];
}

const RELATIVE: Record<string, number> = {
  yesterday: -1,
  today: 0,
  tomorrow: 1,
  ayer: -1,
  anteayer: -2,
  antier: -2,
  hoy: 0,
  hier: -1,
  'avant-hier': -2,
  "aujourd'hui": 0,
  aujourdhui: 0,
  demain: 1,
  gestern: -1,
  vorgestern: -2,
  heute: 0,
};

/**
 * The ISO day `text` names, counted from `refIso` (the message's time); `language` orders a numeric
 * day and month ("3/4/2026" is March 4th in English, 3 April elsewhere; a first part over 12 is a day).
 * `around` and `after`: the words just before and after the date, for the direction of a weekday or
 * a day said alone ("I will be home on Friday", "I paid on the 3rd").
 */
export function resolveDate(
  text: string,
  refIso: string | undefined,
  language: DateLanguage = 'en',
  around = '',
  after = '',
): string | null | undefined {
  const s = text.toLowerCase().trim().replace(/\s+/g, ' ');
  const ref = refIso ? Date.parse(refIso) : NaN;
  const hasRef = Number.isFinite(ref);

  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!) ? s : null;

  // numbers: 3/14/2026, 14.03.2026, 03/14/26, and with no year 3/14
  m = /^(\d{1,2})([/.])(\d{1,2})(?:[/.](\d{2,4}))?\.?$/.exec(s);
  if (m) {
    const [first, second] = [+m[1]!, +m[3]!];
    const monthFirst = language === 'en' && m[2] === '/' ? first <= 12 : second > 12;
    const [month, day] = monthFirst ? [first, second] : [second, first];
    if (m[4] !== undefined) {
      const y = m[4].length === 2 ? 2000 + +m[4] : +m[4];
      return validDay(y, month, day) ? iso(Date.UTC(y, month - 1, day)) : null;
    }
    if (!hasRef) return undefined;
    const t = nearestYear(month, day, ref);
    return t === undefined ? null : iso(t);
  }

  // vague: a week or a month, not a day
  if (/\b(?:week|month|year|semana|mes|año|semaine|mois|woche|monat|jahr)\b/.test(s) && !/\bago\b/.test(s)) return null;
  if (/\b(?:months?|years?)\s+ago\b/.test(s)) return null;

  // relative days
  const rel = RELATIVE[s];
  if (rel !== undefined) return hasRef ? iso(dayOf(ref) + rel * DAY) : undefined;
  m =
    /^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+ago$/.exec(s) ??
    /^(?:hace|il y a|vor)\s+(\d+|\p{L}+)\s+(d[ií]as?|semanas?|jours?|semaines?|tag(?:en)?|wochen?)$/u.exec(s);
  if (m) {
    const n = /^\d+$/.test(m[1]!) ? +m[1]! : /^an?$/i.test(m[1]!) ? 1 : parseNumberWords(m[1]!);
    if (n === undefined) return null;
    if (!hasRef) return undefined;
    return iso(dayOf(ref) - n * (/^(?:week|semana|semaine|woche)/.test(m[2]!) ? 7 : 1) * DAY);
  }

  // a weekday
  if (/\p{L}+/u.test(s) && s.match(/\p{L}+/gu)!.some((w) => WEEKDAY_OF[w] !== undefined) && !/\d/.test(s)) {
    if (!hasRef) return undefined;
    const t = weekday(s, ref, around, after);
    return t === null || t === undefined ? null : iso(t);
  }

  // a day of the month alone: "the 28th", "the twenty second"
  m = /^(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|([a-z]+(?:[\s-][a-z]+)?))$/.exec(s);
  const alone = m ? (m[1] ? +m[1] : ORDINAL_OF[m[2]!]) : undefined;
  if (alone !== undefined) {
    if (alone < 1 || alone > 31) return null;
    if (!hasRef) return undefined;
    const t = dayOfMonth(alone, ref, directionOf(s, around, after));
    return t === undefined ? null : iso(t);
  }

  // a month's name with a day (number or ordinal word) and maybe a year, in either order
  let words = s.replace(/[.,]/g, ' ').replace(/\b(?:of|the|de|del|le|der|den|am|on|el)\b/g, ' ');
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const [name, n] of Object.entries(MONTH_OF))
    if (new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(words)) {
      month = n;
      break;
    }
  if (month === undefined) return null;
  const yearMatch = /\b(\d{4})\b/.exec(words);
  if (yearMatch) year = +yearMatch[1]!;
  const spokenYear = SPOKEN_YEAR_AT_END.exec(words.trim());
  if (!yearMatch && spokenYear) {
    year = yearOfWords(spokenYear[0]);
    words = words.slice(0, words.lastIndexOf(spokenYear[0]));
  }
  const dayMatch = /\b(\d{1,2})(?:st|nd|rd|th|er|º|°)?\b/.exec(words.replace(/\b\d{4}\b/, ' '));
  if (dayMatch) day = +dayMatch[1]!;
  else
    for (const [w, n] of Object.entries(ORDINAL_OF).sort((x, y) => y[0].length - x[0].length))
      if (new RegExp(`\\b${w}\\b`).test(words)) {
        day = n;
        break;
      }
  day ??= spokenDay(words);
  if (day === undefined) return null;
  if (year !== undefined) return validDay(year, month, day) ? iso(Date.UTC(year, month - 1, day)) : null;
  if (!hasRef) return undefined;
  const t = nearestYear(month, day, ref);
  return t === undefined ? null : iso(t);
}

/** A year said in words: "nineteen eighty eight", "twenty twenty five", "two thousand and nine", "nineteen oh five". */
export const SPOKEN_YEAR = String.raw`(?:nineteen|twenty)[\s-]+(?:oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)|two[\s-]+thousand(?:[\s-]+and)?(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))?`;

const SPOKEN_YEAR_AT_END = new RegExp(String.raw`\b(?:${SPOKEN_YEAR})$`);

function yearOfWords(said: string): number | undefined {
  const words = said.split(/[\s-]+/);
  if (words[0] === 'two') return parseNumberWords(said);
  const century = parseNumberWords(words[0]!)!;
  const rest = words.slice(1).filter((w) => w !== 'oh');
  const within = parseNumberWords(rest.join(' '));
  return within === undefined ? undefined : century * 100 + within;
}

/** "primero", "premier", "erste" are the first; other days in Spanish or French words ("quince", "vingt et un"). */
const FIRST = /(?<![\p{L}])(?:primero|premier|première|1er|erste[nrs]?)(?![\p{L}])/u;

/** The day said in Spanish or French words before the month's name ("el quince de mayo"), or undefined. */
function spokenDay(words: string): number | undefined {
  if (FIRST.test(words)) return 1;
  const before = words.split(/\s+/).filter(Boolean);
  const monthAt = before.findIndex((w) => MONTH_OF[w] !== undefined);
  const said = (monthAt < 0 ? before : before.slice(0, monthAt)).slice(-3);
  for (let k = 0; k < said.length; k++) {
    const value = parseNumberWords(said.slice(k).join(' '));
    if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= 31) return value;
  }
  return undefined;
}
