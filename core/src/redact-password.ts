import { gated, mayMatch } from './detect/literal-gate';

/**
 * A password the customer typed into a sentence (contract section 5): "my password is Hunter22!",
 * "the password i use is Bluebird#1987", "mon mot de passe c'est Marseille13!", "mein altes Passwort war
 * Sommer2025!", "contraseña: Perro123". What follows the word "password" is often not a password at all
 * ("i changed my password too.", "Passwort geändert", "password reset link"), so how it is introduced
 * decides how sure we must be:
 * - "is", "was", ":" (and their es/fr/de forms) right after the label: a value, unless an ordinary word
 *   that says what happened to the password ("is wrong", "was changed.", "est expiré");
 * - a few words between the label and "is" ("the password i use is ..."), or no link at all ("password
 *   Tr0ub4dor&3"): only a value shaped like a password (a digit, a symbol inside, or mixed case);
 * - quoted: a value;
 * - later in the clause, after a comma, a link or a preposition of change ("The password is definitely
 *   right, Kx9!moonpie, so ...", "j'ai changé mon mdp en Lapin!2025"): only a value made like a password
 *   beyond doubt.
 */
const LABEL = String.raw`password|passwd|pwd|pw|passphrase|contrase[nñ]a|clave|mot\s+de\s+passe|mdp|passwort|kennwort`;
const LINK = String.raw`(?:is|was|would\s+be|should\s+be|es|era|ser[ií]a|est|[eé]tait|c['’]\s?[eé]tait|c['’]est|c\s+est|ist|war|lautet|lautete|hei[sß]t)\b`;
const WORD = String.raw`[a-zà-öø-ÿß'’]+`;
/**
 * label, then either up to four words and a link ("i use is", ", das ich benutze, ist") or ":" or just
 * a space; then the value, maybe quoted. Words are letters only and spaces between come by threes at
 * most, so a failed attempt costs a bounded number of steps (no quadratic backtracking over a long
 * run of spaces).
 */
const PASSWORD = gated(
  new RegExp(
    String.raw`\b(${LABEL})(((?:,?[ \t]{1,3}${WORD}){0,4}?)(?:,?\s{1,3}${LINK}\s{0,3}[:=]?|\s{0,3}[:=])\s{0,3}|\s{1,3})(["'\`]?)([^\s"'\`]{3,64})\4`,
    'gi',
  ),
);
const NOT_A_PASSWORD =
  /^(?:not|wrong|incorrect|correct|working|expired|the|a|an|too|being|still|invalid|reset|changed|and|but|or|for|to|of|in|on|my|your|it|that|this|no|isn't|doesn't|won't|was|is|has|have|had|field|manager|link|again|twice|yesterday|today|recently|now|locked|blocked|compromised|hacked|leaked|stolen|fine|ok|okay|right|same|different|weak|strong|long|short|required|needed|also|just|definitely|probably|case|what|something|like|gonna|supposed|somewhere|correcta|correcto|incorrecta|incorrecto|nueva|nuevo|caducada|cambiada|olvidada|bloqueada|bloqueado|la|el|que|ya|pas|plus|faux|fausse|incorrecte|expir[ée]e?|chang[ée]e?|oubli[ée]e?|bloqu[ée]e?|bon|le|les|falsch|nicht|abgelaufen|ge[äa]ndert|vergessen|zur[üu]ckgesetzt|gesperrt|richtig|korrekt|das|der|die|neu|mehr|noch)$/i;
/** An email or a web address the customer gives after the label: the agent needs it, and it is no password. */
const EMAIL_OR_URL = /^[^@\s]+@[^@\s]+\.\p{L}{2,}$|:\/\/|^www\./iu;
/** A link word in English: a lowercase -ed or -ing word after it says what happened ("was hijacked", "is failing"). */
const ENGLISH_LINK = /\b(?:is|was|would\s+be|should\s+be)\b/i;
/** Labels that are other words too ("la clave es que ...": the key is that ...): only a password-shaped value. */
const AMBIGUOUS_LABEL = /^clave$/i;

/**
 * A digit, a symbol (not an apostrophe or hyphen of a word: "don't", "re-set"), or a capital after the
 * first letter among lower case ("blueBird", not "HELP"): how passwords are made. The sentence's own
 * closing punctuation is not part of the shape.
 */
export function looksLikePassword(value: string): boolean {
  const core = value.replace(/[.,;:!?)]+$/, '');
  if (core.length < 4) return false;
  return /\d/.test(core) || /[^\p{L}\p{N}'’-]/u.test(core) || (/\p{Ll}/u.test(core) && /^.+\p{Lu}/u.test(core));
}

/** Replaces each password typed into `text` with `[redacted:password]`; `counted` is called once per password. */
export function redactPasswords(text: string, counted: () => void): string {
  if (!mayMatch(PASSWORD, text)) return text;
  return redactPasswordsLaterInClause(redactLinkedPasswords(text, counted), counted);
}

/** The passwords right after their label ("password is X", "Passwort: X", "mdp c'est X"). */
function redactLinkedPasswords(text: string, counted: () => void): string {
  return text.replace(
    PASSWORD,
    (m, label: string, gap: string, between: string | undefined, quote: string, value: string) => {
      if (value.startsWith('[')) return m;
      const word = value.replace(/[.,;:!?)]+$/, '');
      if (NOT_A_PASSWORD.test(word) || EMAIL_OR_URL.test(word)) return m;
      if (!quote) {
        // no link at all, or words between the label and its link: only a value shaped like a password
        if (between === undefined || between !== '' || AMBIGUOUS_LABEL.test(label)) {
          if (!looksLikePassword(value)) return m;
        } else if (ENGLISH_LINK.test(gap) && /^\p{Ll}+(?:ed|ing)$/u.test(word)) return m;
      }
      counted();
      return `${label}${gap}[redacted:password]`;
    },
  );
}

/** The label alone, where each clause after it is looked at. */
const LABEL_ONLY = new RegExp(String.raw`\b(?:${LABEL})\b`, 'gi');
/**
 * What sets a value off later in the clause: a link ("is", "es", "c'est", "it's"), a preposition of
 * change ("changed it to X", "cambié la contraseña a X", "mon mdp en X", "Passwort auf X geändert"),
 * or the punctuation before an aside (", X,", ": X", "- X").
 */
const INTRODUCER =
  /^(?:is|was|it'?s|it’s|es|era|ser[ií]a|est|[eé]tait|c['’][eé]tait|c['’]est|ist|war|w[aä]re|lautet|lautete|to|a|en|por|auf|zu|[-–—=:])$/i;
const SOFT_END = /[.,;:!?)"'’]+$/;
const TOKEN = /\S+/g;
/** A clause is the label and at most so many words after it. */
const CLAUSE_WORDS = 10;

/**
 * Made like a password beyond doubt: lower case and at least two of upper case, digits and symbols
 * ("Kx9!moonpie", "Lapin!2025", "Adm1n#Sevilla2026"), no email or address. A word, a year, an id in
 * capitals ("ORD-55123", "SAML_INVALID_AUDIENCE") or a plain name is not.
 */
export function isPasswordBeyondDoubt(value: string): boolean {
  if (value.length < 6 || value.length > 64 || EMAIL_OR_URL.test(value)) return false;
  if (!/\p{Ll}/u.test(value)) return false;
  const kinds = Number(/\p{Lu}/u.test(value)) + Number(/\d/.test(value)) + Number(/[^\p{L}\p{N}'’.-]/u.test(value));
  return kinds >= 2;
}

/**
 * A password set off later in the sentence that names it, where the words right after the label are
 * not it: "The password is definitely right, Kx9!moonpie, so it's not that", "la contraseña del usuario
 * admin de pruebas es Adm1n#Sevilla2026", "j'ai changé mon mdp en Lapin!2025". Only a value made like
 * a password beyond doubt (`isPasswordBeyondDoubt`), right after a link, a preposition of change or a
 * comma, within the clause (up to the end of the sentence or line, ten words at most).
 */
function redactPasswordsLaterInClause(text: string, counted: () => void): string {
  const labels = [...text.matchAll(LABEL_ONLY)].map((m) => [m.index, m.index + m[0].length] as const);
  const spans: Array<[number, number]> = [];
  // each clause ends where the next label begins, so every word is looked at once (linear in the text)
  for (let j = 0; j < labels.length; j++) {
    const nextLabel = labels[j + 1]?.[0] ?? text.length;
    let previous = '';
    let end = labels[j]![1];
    TOKEN.lastIndex = end;
    for (let words = 0, token = TOKEN.exec(text); token && words < CLAUSE_WORDS; words++, token = TOKEN.exec(text)) {
      const at = token.index;
      const raw = token[0];
      if (at + raw.length > nextLabel || text.slice(end, at).includes('\n')) break;
      const value = raw.replace(/^["'(`]+/, '').replace(SOFT_END, '');
      if ((INTRODUCER.test(previous) || /[,:]$/.test(previous)) && isPasswordBeyondDoubt(value)) {
        const start = at + raw.indexOf(value);
        spans.push([start, start + value.length]);
      }
      if (/[.!?]$/.test(raw)) break;
      previous = raw;
      end = at + raw.length;
    }
  }
  if (spans.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const [start, end] of spans) {
    counted();
    out += text.slice(copied, start) + '[redacted:password]';
    copied = end;
  }
  return out + text.slice(copied);
}
