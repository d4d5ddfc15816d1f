import { allMatches } from './all-matches';
import { gated } from './literal-gate';

/**
 * Products named the other ways customers name them, beside the plans, brands and models of
 * `product-names.ts`:
 * - a name in capitals before the kind of thing it is, in lower case ("the Lumio desk lamp", "a pair of
 *   Aeron trail runners", "the Halden 3-seat sofa", "your AquaLuxe dishwasher");
 * - medicines by the stems their generic names share ("oxycodone", "atorvastatin", "ibuprofène",
 *   "omeprazol"), in any case, in the four languages;
 * - software and payment services everyone names by brand ("Chrome", "Firefox", "Okta", "Azure AD",
 *   "Apple Pay", "Twint"), written with their capital or all in capitals.
 */

/** Things sold by name, as English says them after the name (singular; a plural "s" is allowed). */
const THING =
  'lamp|sofa|sectional|couch|loveseat|recliner|throw|blanket|duvet|rug|mattress|pillow|chair|desk|table|bed|dresser|wardrobe|bookcase|dishwasher|washer|dryer|fridge|refrigerator|freezer|oven|range|microwave|blender|mixer|kettle|toaster|vacuum|air fryer|coffee maker|espresso machine|heater|humidifier|purifier|runner|sneaker|trainer|shoe|boot|sandal|jacket|coat|parka|dress|shirt|sweater|hoodie|jeans|trousers|pants|leggings|bag|backpack|suitcase|stroller|crib|tent|grill|drill|mower|watch|ring|band|tracker|headphones|earbuds|headset|speaker|soundbar|charger|dock|router|modem|extender|thermostat|camera|doorbell|lock|sensor|hub|bulb|printer|monitor|keyboard|tablet|laptop|projector|console|controller|bike|e-bike|scooter|game|certificate|diploma|course|bootcamp';
/** A name in capitals (one or two words, maybe a number) before the thing in lower case, with up to two words between. */
const NAME_THEN_THING = gated(
  new RegExp(
    String.raw`(?<![\p{L}\d'’-])(\p{Lu}[\p{L}\d'’&+-]*(?:[ \t]+(?:\p{Lu}[\p{L}\d'’&+-]*|\d{1,4}))?(?:[ \t]+(?!(?:and|or|but|the|a|an|to|of|for|with|through|via|your|my|our|their|his|her|its|in|on|at|from|by|is|was|y|o|pero|la|el|le|et|mais|und|oder|aber)(?![\p{L}]))[a-z\d][a-z\d-]*){0,2}[ \t]+(?:${THING})s?)(?![\p{L}\d-])`,
    'gu',
  ),
);
/** Words that make a name in capitals an office, a place, a team, a document or a person, not a product. */
const NOT_A_PRODUCT =
  /^(?:department|dept|team|office|bureau|commission|committee|court|tribunal|authority|agency|center|centre|street|road|avenue|lane|drive|square|bridge|park|area|airport|station|terminal|bank|university|college|school|hospital|clinic|store|shop|group|inc|ltd|llc|corp|company|services?|support|desk|council|ombudsman|policy|terms|conditions|act|law|regulation|code|states|kingdom|republic|union|city|county|state|province|hall|museum|church|board|administration|institute|foundation|association|society|ministry|government|police|club|hotel|inn|resort|airlines?|airways|express|post|mail|news|times|help|faq|manager|director|officer|lead|head|member|customer|client|account|billing|sales|security|fraud|legal|privacy|data|protection|claims|small|federal|national|international|general|united|north|south|east|west|new|san|los|las|saint|st|mount|lake|river|island|beach|valley|hill|mr|mrs|ms|dr|prof|sir|madam|mom|dad|mother|father|uncle|aunt|brother|sister|son|daughter|wife|husband|partner|friend|boss|landlord|neighbo(?:u)?r)$/i;
/** Words a name before a thing does not start with (articles, pronouns, greetings, verbs opening a sentence). */
const NOT_A_NAME =
  /^(?:the|my|our|your|their|his|her|its|a|an|this|that|these|those|i|we|you|they|he|she|it|hi|hello|hey|dear|please|thanks|thank|yes|no|ok|okay|sorry|so|and|but|or|if|then|just|also|new|old|same|other|another|every|each|any|some|which|what|when|where|how|why|who|is|are|was|were|do|does|did|can|could|will|would|should|have|has|had|get|got|buy|bought|return|returned|order|ordered|my|mon|ma|mi|el|la|le|die|der|das|one|two|three|first|second|last|next|black|white|grey|gray|red|blue|green|small|large|big|little|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** Words in capitals before a thing that say what kind it is, not whose: "Bluetooth speaker", "Admin console", "IdP certificate". */
const GENERIC_TECH =
  /^(?:idp|sso|saml|admin|administrator|bluetooth|wi-?fi|usb|mobile|web|desktop|online|smart|digital|wireless|electric|gaming|android|ios|iphone|apple|google|microsoft|windows|mac|linux|office|home|kitchen|bedroom|outdoor|garden|kids|baby|coffee|fitness|sports|travel|leather|wool|cotton|cashmere|linen|silk|steel|wooden|glass)$/i;
/** Generic medicine names by their shared stems (USAN/INN), with the Spanish, French and German endings. */
const MEDICINE = gated(
  /(?<![\p{L}])(\p{L}{3,}(?:(?:profen|statin|pril|sartan|olol|cillin|mycin|floxacin|prazol|azol|zepam|azolam|lukast|formin|triptan|gliptin|parin|xaban|navir|mab)(?:e|a|o|um)?|(?:codon|morphon|cyclin|tidin|oxetin|tralin|dipin|glutid|semid|thiazid|ison|ason|olon)[ea])|\p{L}{3,}prof[eè]n[eo]?)(?![\p{L}])/giu,
);
/** Words that end like medicines but are none. */
const NOT_A_MEDICINE = /^(?:persona|personne|comparisone|caparisone|maisone)$/i;
/** Software and payment services named by brand, as written (group 1); the platform a thing runs on
 * (Windows 11, iOS 18) is where, not what, and is left out. */
const KNOWN_SERVICE = gated(
  /(?<![\p{L}\d])((?:Google[ \t]+)?Chrome|Firefox|Safari|Microsoft[ \t]+Edge|Edge[ \t]+browser|Okta|Azure[ \t]+AD|Entra[ \t]+ID|Google[ \t]+Workspace|Outlook|Gmail|Excel|PowerPoint|WhatsApp|Zoom|Slack|Shopify|Stripe|PayPal|Apple[ \t]+Pay|Google[ \t]+Pay|Samsung[ \t]+Pay|Venmo|Zelle|Bizum|Twint|Klarna|Cash[ \t]+App|Alexa|Google[ \t]+Home|Siri)(?![\p{L}\d])/giu,
);

/** The products of one text these shapes name, appended to `names` in order. */
export function productPhrasesOf(t: string, names: string[]): void {
  if (/[A-Z]/.test(t)) {
    for (const m of allMatches(NAME_THEN_THING, t)) {
      let name = m[1]!;
      let at = m.index;
      // "The Vortex 900 blender": the name starts after an article or a pronoun, when a capital follows it
      const lead = /^(\S+)[ \t]+(?=\p{Lu})/u.exec(name);
      if (lead && NOT_A_NAME.test(lead[1]!)) {
        name = name.slice(lead[0].length);
        at += lead[0].length;
      }
      const first = name.split(/[ \t]+/, 1)[0]!;
      if (NOT_A_NAME.test(first) || NOT_A_PRODUCT.test(first) || GENERIC_TECH.test(first)) continue;
      // a name has three letters and a small one at least ("PC controller", "PAID through", "B1 course" name none)
      if (!/^(?=(?:\P{L}*\p{L}){3})\S*\p{Ll}/u.test(first)) continue;
      // a name in capitals opening a sentence is a name only when it is not an everyday word written so
      // ("Desk lamp arrived broken"): it needs a capital inside or a second word in capitals
      if (opensSentence(t, at) && !/^\S*[a-z]\S*[A-Z]|^\S+[ \t]+\p{Lu}/u.test(name)) continue;
      names.push(name);
    }
    for (const m of allMatches(KNOWN_SERVICE, t)) {
      const w = m[1]!;
      // as the brand writes it, or shouted in capitals; "chrome" and "zoom" in lower case are words
      if (/^[a-z]/.test(w)) continue;
      if (/^(?:Zoom|Slack|Excel|Safari|Outlook|Stripe|Alexa)$/i.test(w) && opensSentence(t, m.index)) continue;
      names.push(w === w.toUpperCase() ? w.toLowerCase() : w);
    }
  }
  for (const m of allMatches(MEDICINE, t)) {
    const w = m[1]!;
    if (NOT_A_MEDICINE.test(w) || w.length < 7) continue;
    names.push(w);
  }
}

/** Whether the word at `index` opens a sentence. */
function opensSentence(t: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (t[i] === ' ' || t[i] === '\t')) i--;
  return i < 0 || '.!?:\n\r'.includes(t[i]!);
}
