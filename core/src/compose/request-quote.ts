import { withoutFillers } from './without-fillers';
import { quote } from '../detect/conversation-view';
import { NOT_AFTER_ABBREVIATION } from '../detect/split-sentences';

/** A sentence end: not the period of an ordinal ("5. März", not "seit 2015.") or of an abbreviation ("Nr. 2024-00871"). */
const SENTENCE_END = new RegExp(String.raw`(?<!\b\d{1,2}\.)${NOT_AFTER_ABBREVIATION}(?<=[.!?])\s+`, 'i');

const GREETING_OR_NAME =
  /^(?:(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon|evening)|guten\s+(?:tag|morgen|abend)|hallo|hola|buen[oa]s\s+(?:d[ií]as|tardes|noches)|bonjour|bonsoir|salut)\b[\s,!.]*(?:team|there|all|support)?[\s,!.]*|.*\b(?:my\s+name\s+is|this\s+is\s+(?!(?:the|a|an|my|our|your|not|so|very|really|just|about|urgent|ridiculous|unacceptable|what|why|how|it|getting|taking|going)\b)\w+|me\s+llamo|mi\s+nombre\s+es|je\s+m'appelle|mon\s+nom\s+est|mein\s+name\s+ist|ich\s+hei(?:ß|ss)e)\b[^.!?]*[.!?]?)$/i;

/** A short sentence that only asks for a person, in the four languages. */
const ASKS_FOR_PERSON_ONLY =
  /^(?:\S+\s+){0,5}?(?:talk|speak|chat|connect|transfer|put\s+me\s+through|hablar|parler|sprechen|verbinden)\b(?:\s+\S+){0,6}?\s+(?:a\s+|an\s+|the\s+|some|un[ae]?\s+|einem\s+|einer\s+)?(?:real\s+|live\s+)?(?:human|person|agent|someone|somebody|manager|representative|supervisor|persona|agente|humano|conseiller|personne|menschen|mitarbeiter|berater)\b(?![^.!?]*\b(?:about|regarding|concerning|to\s+discuss|sobre|acerca|concernant|au\s+sujet|wegen|bez[uü]glich)\b)[^.!?]{0,20}[.!?]?$|^(?:\S+\s+){0,5}?(?:mit\s+)?(?:einem|einer|un[ae]?|a|an)\s+(?:echten\s+|real\s+)?(?:menschen|mitarbeiter\w*|berater\w*|person|human|agent)\s+(?:\S+\s+){0,2}?(?:sprechen|reden|verbunden\s+werden)\b[^.!?]{0,20}[.!?]?$/i;
/** "My phone number is ...": who the customer is (in the entities), not what they want. */
const ONLY_WHO_I_AM =
  /^(?:(?:hi|hello|hey|yes|yeah|ok|okay|so)\W+)*my\s+(?:phone(?:\s+number)?|number|mobile|e-?mail(?:\s+address)?|zip(?:\s+code)?|post\s*code|address|account(?:\s+number)?|customer\s+number|name|username|user\s+name)\s+is\b[^?]*$/i;
/** An opening salutation, to leave out of the quote. */
const SALUTATION =
  /^(?:(?:hi|hello|hey|hola|bonjour|hallo)(?:\s+\w+)?|to\s+whom\s+it\s+may\s+concern|dear\s+(?:sir\s+or\s+madam|sir|madam|team|support|\w+)|good\s+(?:morning|afternoon|evening)|estimad[oa]s?(?:\s+\w+)?|buen[oa]s\s+(?:d[ií]as|tardes|noches)|madame,?\s+monsieur|sehr\s+geehrte[rs]?(?:\s+damen\s+und\s+herren)?|guten\s+(?:tag|morgen|abend))\s*[,!:]\s*/i;
/** Text addressed to the bot's instructions ("ignore all previous instructions"): data, never the request. */
const AT_THE_BOT =
  /^\s*(?:please\s+)?(?:ignore|disregard|forget)\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above|your)\s+(?:instructions|prompts?|rules)/i;

/**
 * The customer's request for the summary: the first sentence that says something (not a greeting or
 * a name), of the message without an email's quoted history, cut to `max` characters. One sentence, so
 * the summary keeps to its 2-4.
 */
/** The sentences of a message that say something: not a greeting, a bare request for a person, who the customer is, or text aimed at the bot. */
function sayingSentences(text: string): { sentences: string[]; saying: string[]; own: string } {
  // a voice transcript's fillers and stutters out ("my uh my bill" is "my bill")
  const own = withoutFillers(text).replace(/\s+/g, ' ');
  // a period after a number is an ordinal or an abbreviation ("5. März"), not a sentence end
  const sentences = own.split(SENTENCE_END).filter(Boolean);
  const saying = sentences.filter((s) => !GREETING_OR_NAME.test(s.trim()) && s.split(/\s+/).length >= 3);
  return { sentences, saying, own };
}

/** "Thanks, that worked!": courtesy, not the request. */
const COURTESY_ONLY =
  /^(?:thanks?|thank\s+you|thx|ok(?:ay)?|great|perfect|cool|got\s+it|gracias|merci|danke)\b[^.!?]{0,30}[.!?]*$/i;
/** "I'm following up on my previous email": no fact of its own. */
const FOLLOW_UP_ONLY =
  /^(?:(?:hi|hello)\W+)?(?:i'm|i\s+am|just)\s+(?:just\s+)?(?:following\s+up|writing\s+(?:again|to\s+follow\s+up)|reaching\s+out\s+again|checking\s+in)\b(?:\s+\S+){0,6}[.!]?$/i;
/** "I've been a customer for 6 years and I'm honestly shocked": who they are and how they feel, not the problem. */
const TENURE_OR_MOOD_ONLY =
  /^(?:(?:hi|hello|hey|dear|hallo|hola|bonjour|guten\s+(?:tag|morgen|abend)|buen[oa]s\s+(?:d[ií]as|tardes|noches))(?:\s+\w+)?\W+)?(?:i(?:'ve|\s+have)\s+been\s+(?:a\s+)?(?:\w+\s+)?(?:customer|client|member|subscriber)\s+(?:for|since)\s+[^.!?,]{1,30}?(?:(?:,\s*|\s+and\s+)(?:i'm|i\s+am)\s+(?:\w+\s+)?(?:shocked|disappointed|upset|frustrated|angry|appalled|furious|surprised|disgusted))?|i\s+hope\s+(?:you\s+are|you're|this\s+(?:email\s+|message\s+)?finds\s+you)\s+(?:well|doing\s+well)|(?:je\s+suis\s+client(?:e)?\s+depuis|soy\s+client[ea]\s+desde|ich\s+bin\s+(?:seit\s+\S+\s+(?:jahren\s+)?kund(?:e|in)|kund(?:e|in)\s+seit))\s*[^.!?]{0,20}|(?:i'?m|i\s+am|ich\s+bin|estoy|je\s+suis)\s+(?:\w+\s+){0,2}?(?:upset|angry|frustrated|disappointed|shocked|furious|appalled|ver[aä]rgert|w[uü]tend|entt[aä]uscht|sauer|ver[aä]rgert|enfadad[oa]|molest[oa]|decepcionad[oa]|furios[oa]|furieu(?:x|se)|d[eé][cç]ue?|m[eé]content(?:e)?|[eé]nerv[eé]e?))[.!?]*$/i;
const statesIt = (s: string) =>
  !TENURE_OR_MOOD_ONLY.test(s) &&
  !ASKS_FOR_PERSON_ONLY.test(s) &&
  !AT_THE_BOT.test(s) &&
  !ONLY_WHO_I_AM.test(s) &&
  !COURTESY_ONLY.test(s) &&
  !FOLLOW_UP_ONLY.test(s);

/** Whether a message states the problem (so the summary can quote it), rather than only who the customer is or that they want a person. */
export function statesTheProblem(text: string): boolean {
  return sayingSentences(text).saying.some(statesIt);
}

export function requestQuote(text: string, max = 120): string {
  const { sentences, saying, own } = sayingSentences(text);
  // the problem, rather than "I want to talk to a person" or an instruction aimed at the bot
  const said = saying.find(statesIt) ?? saying[0] ?? sentences[0] ?? own;
  const body = said.replace(SALUTATION, '').replace(/[.;,\s]+$/, '');
  const stripped = body !== said.replace(/[.;,\s]+$/, '');
  return quote(stripped ? body.charAt(0).toUpperCase() + body.slice(1) : body, 0, max);
}
