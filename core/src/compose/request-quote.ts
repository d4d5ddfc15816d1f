import { withoutQuoted } from '../detect/normalize-text';
import { quote } from '../detect/conversation-view';

const GREETING_OR_NAME =
  /^(?:(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon|evening)|guten\s+(?:tag|morgen|abend)|hallo|hola|buen[oa]s\s+(?:d[ií]as|tardes|noches)|bonjour|bonsoir|salut)\b[\s,!.]*(?:team|there|all|support)?[\s,!.]*|.*\b(?:my\s+name\s+is|this\s+is\s+\w+|me\s+llamo|mi\s+nombre\s+es|je\s+m'appelle|mon\s+nom\s+est|mein\s+name\s+ist|ich\s+hei(?:ß|ss)e)\b[^.!?]*[.!?]?)$/i;

/**
 * The customer's request for the summary: the first sentence that says something (not a greeting or
 * a name), of the message without an email's quoted history, cut to `max` characters. One sentence, so
 * the summary keeps to its 2-4.
 */
export function requestQuote(text: string, max = 120): string {
  const own = withoutQuoted(text).replace(/\s+/g, ' ').trim();
  // a period after a number is an ordinal or an abbreviation ("5. März"), not a sentence end
  const sentences = own.split(/(?<!\d\.)(?<=[.!?])\s+/).filter(Boolean);
  const said =
    sentences.find((s) => !GREETING_OR_NAME.test(s.trim()) && s.split(/\s+/).length >= 3) ?? sentences[0] ?? own;
  const body = said.replace(/^(?:hi|hello|hey|hola|bonjour|hallo)(?:\s+\w+)?\s*[,!]\s*/i, '').replace(/[.;,\s]+$/, '');
  const stripped = body !== said.replace(/[.;,\s]+$/, '');
  return quote(stripped ? body.charAt(0).toUpperCase() + body.slice(1) : body, 0, max);
}
