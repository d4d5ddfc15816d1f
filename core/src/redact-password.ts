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
 * - quoted: a value.
 */
const LABEL = String.raw`password|passwd|pwd|passphrase|contrase[nñ]a|clave|mot\s+de\s+passe|mdp|passwort|kennwort`;
const LINK = String.raw`(?:is|was|would\s+be|should\s+be|es|era|ser[ií]a|est|[eé]tait|c['’]est|c\s+est|ist|war|lautet|lautete|hei[sß]t)\b`;
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
  return text.replace(
    PASSWORD,
    (m, label: string, gap: string, between: string | undefined, quote: string, value: string) => {
      if (value.startsWith('[')) return m;
      const word = value.replace(/[.,;:!?)]+$/, '');
      if (NOT_A_PASSWORD.test(word)) return m;
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
