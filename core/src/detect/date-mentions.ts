import { allMatches } from './all-matches';
import { gated, gatedTest } from './literal-gate';
import { DAY_ORDINAL_WORDS, SPOKEN_YEAR } from './resolve-date';

/**
 * Where a text names a date: the date as written, then the words before it and after it, apart by
 * AROUND (for the direction of a weekday or a day said alone: "I'll be home on Friday", "I paid on
 * the 3rd"), for `resolveDate` to turn into the day it names once the message's time is known.
 */
export const AROUND = '\u0001';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Month names in Spanish, French and German ("3 de marzo", "12 mars", "5. März"). */
const MONTHS_OTHER =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|januar|j[äa]nner|februar|m[äa]rz|maerz|april|juni|juli|august|september|oktober|november|dezember';
/** Two to ten in Spanish, French and German words ("hace tres días", "il y a deux jours", "vor drei Tagen"). */
const FEW_OTHER =
  'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn';
const DATE = gated(
  new RegExp(
    String.raw`\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})(?:,?\s+\d{4})?|(?:last|next|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tomorrow|\d+\s+(?:weeks?|months?)\s+ago|\d{1,2}(?:er|º|°|\.)?\s+(?:de\s+)?(?:${MONTHS_OTHER})(?:\s+(?:de\s+)?\d{4})?|(?:${MONTHS})\s+(?:the\s+)?(?:${DAY_ORDINAL_WORDS})(?:,?\s+(?:${SPOKEN_YEAR}))?|(?:the\s+)?(?:${DAY_ORDINAL_WORDS})\s+of\s+(?:${MONTHS})|(?:el\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?:\s+pasado)?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:dernier|prochain))?|(?:(?:letzten|vergangenen|n[äa]chsten|kommenden|am)\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|ayer|anteayer|hoy|hier|avant-hier|aujourd'hui|demain|gestern|vorgestern|heute|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago|(?:hace|il\s+y\s+a|vor)\s+(?:\d+|${FEW_OTHER})\s+(?:d[ií]as|jours|tagen))(?![\p{L}\d])`,
    'giu',
  ),
);

/**
 * A day and month with no year, after the word that leads a date ("on 8/29", "du 03/11", "el 12/03",
 * "am 12.03."): a fraction or a score has none.
 */
const DAY_MONTH = gated(/\b\d{1,2}\/\d{1,2}(?![/\d])|\b\d{1,2}\.(?:0?[1-9]|1[0-2])\.(?!\d)/g);
const LEADS_DAY_MONTH =
  /\b(?:on|by|from|until|till|since|before|after|due|du|le|au|dès|depuis|el|del|al|desde|hasta)\s+$/i;
const LEADS_DAY_MONTH_DE = /\b(?:am|vom|bis|zum|ab|seit)\s+$/i;
/**
 * A day of the month alone, after the word that leads a date ("due on the 28th", "on uh the twenty
 * second", "till the eighteenth"), where a clause goes on or ends after it ("the first time" is no day).
 */
const DAY_ALONE = gated(
  new RegExp(
    String.raw`\bthe\s+(?:\d{1,2}(?:st|nd|rd|th)|${DAY_ORDINAL_WORDS})(?=\s*(?:[.,;!?)]|$)|\s+(?:and|or|but|so|at|instead|because|since|if|when|then|please|i|we|you|it|this|that|is|was|will|would|as|for|to|from|with)\b)`,
    'gi',
  ),
);
const LEADS_DAY_ALONE =
  /\b(?:on|by|until|till|til|before|after|since|from|to|due|through|thru|starting|ending)\s+(?:(?:uh|um|like)\s+)?$/i;
/** A day said in Spanish or French words before a month's name ("el quince de mayo", "le premier mars"): found by the month. */
const MONTH_ES_FR = gated(
  /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)(?![a-zß-öø-ÿ])/gi,
);
const SPOKEN_DAY_BEFORE =
  /(?<![\p{L}])(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|treinta(?:\s+y\s+uno)?)\s+de\s+$|(?<![\p{L}])(?:premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-et-un|\s+et\s+un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente(?:-et-un|\s+et\s+un)?)\s+$/iu;

/** A word some date without digits has: a month (in four languages), a weekday, a relative day, an ordinal day, "ago". */
const DATE_WORDS = gated(
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|enero|abril|agosto|diciembre|avril|mai|juin|juillet|ao[uû]t|d[ée]cembre|m[äa]rz|okt|dez|the\s+(?:\w+th|first|second|third|\w+[\s-](?:first|second|third))|ago|hace|il\s+y\s+a|vor|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|last|next|this|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ayer|anteayer|hoy|hier|avant-hier|aujourd|demain|gestern|vorgestern|heute)/i,
);

/** A date right after a weekday ("Friday, February 6th", "Monday, October 6, 2025", "viernes 23 de enero"): it names the weekday's day. */
const DATE_AFTER_WEEKDAY = new RegExp(
  String.raw`^,?\s+(?:the\s+|le\s+|el\s+|den\s+)?(?:\d{1,2}(?:st|nd|rd|th|er|\.)?(?![\d:])|(?:${MONTHS}|${MONTHS_OTHER})(?![\p{L}]))`,
  'iu',
);
const WEEKDAY_ONLY =
  /^(?:on\s+|el\s+|am\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/i;
/** "How can I help you today?", "¿en qué puedo ayudarte hoy?": a greeting, no day named. */
const OFFERS_HELP_TODAY =
  /\b(?:(?:help|assist|serve|do\s+for)\s+you(?:\s+with)?|ayudar(?:te|le|les)|vous\s+aider|t'aider|ihnen|dir)\s*$/i;

/**
 * The dates `text` names, in order, each with the words around it (see AROUND). `hasDigits`: false when
 * the text has no digit, so only dates in words can be there.
 */
export function dateMentionsOf(text: string, hasDigits = true): string[] {
  const found: Mention[] = [];
  if (!hasDigits && !gatedTest(DATE_WORDS, text)) return [];
  for (const m of allMatches(DATE, text)) {
    const end = m.index + m[0].length;
    if (WEEKDAY_ONLY.test(m[0]) && DATE_AFTER_WEEKDAY.test(text.slice(end, end + 20))) continue;
    if (
      /^(?:today|hoy|aujourd'hui|heute)$/i.test(m[0]) &&
      OFFERS_HELP_TODAY.test(text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    const said = m[0].replace(/^on\s+/i, '');
    found.push({ index: end - said.length, said });
  }
  if (hasDigits)
    for (const m of allMatches(DAY_MONTH, text)) {
      // "1/2/3", "1.5.": a part of something longer
      if (/[/.]/.test(text[m.index - 1] ?? '')) continue;
      if (ledBy(text, m.index, m[0].includes('/') ? LEADS_DAY_MONTH : LEADS_DAY_MONTH_DE))
        found.push({ index: m.index, said: m[0] });
    }
  for (const m of allMatches(DAY_ALONE, text))
    if (ledBy(text, m.index, LEADS_DAY_ALONE)) found.push({ index: m.index, said: m[0] });
  for (const m of allMatches(MONTH_ES_FR, text)) {
    const day = SPOKEN_DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const end = m.index + m[0].length;
    const year = /^\s+(?:de\s+)?\d{4}(?!\d)/.exec(text.slice(end, end + 12))?.[0] ?? '';
    if (day) found.push({ index: m.index - day[0].length, said: day[0] + m[0] + year });
  }
  if (found.length > 1) found.sort(byIndex);
  const out: string[] = [];
  for (const { index, said } of found) {
    const end = index + said.length;
    const before = text.slice(Math.max(0, index - 80), index).replaceAll(AROUND, ' ');
    const after = text.slice(end, end + 40).replaceAll(AROUND, ' ');
    out.push(said + AROUND + before + AROUND + after);
  }
  return out;
}

type Mention = { index: number; said: string };
const byIndex = (a: Mention, b: Mention) => a.index - b.index;
const ledBy = (text: string, index: number, lead: RegExp) => lead.test(text.slice(Math.max(0, index - 20), index));
