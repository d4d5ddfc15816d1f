/**
 * Anger and frustration (contract section 3, `negative_sentiment`), and the calmer negative words
 * that colour sentiment without firing the reason. Weights are per match, negative = worse.
 */
/**
 * `angry`: the words of anger (insults, swearing, "furious"): the label `angry`. `frustrated`: the words of
 * frustration ("ridiculous", "unacceptable", "j'en ai marre"): evidence for the `negative_sentiment`
 * reason, with the label `negative` (people who call a delay ridiculous are upset, not hostile).
 */
export type WeightedPattern = { pattern: string; weight: number; angry?: boolean; frustrated?: boolean };

const P = (pattern: string, weight: number, angry = false): WeightedPattern => ({ pattern, weight, angry });
/** Frustration: fires the reason, reads as negative, not angry. */
const F = (pattern: string, weight: number): WeightedPattern => ({ pattern, weight, frustrated: true });

export const FRUSTRATION: readonly WeightedPattern[] = [
  // profanity and insults (any language the customer swears in)
  P(
    String.raw`\b(?:fuck\w*|f\*+k\w*|shit\w*|bullshit|crap(?:py)?|damn(?:ed)?|goddamn\w*|bloody|wtf|ffs|screw\s+(?:you|this)|piss(?:ed)?\s+off|pissed|hell\s+no|what\s+the\s+hell|bs)\b`,
    -0.6,
    true,
  ),
  P(
    String.raw`\b(?:useless|stupid|idiot\w*|moron\w*|clowns?|dumb|pathetic|incompetent|clueless|garbage|trash|scam(?:mers?)?|robbery|thieves|liars?|lying|sucks?|hate\s+(?:you|this|your))\b`,
    -0.55,
    true,
  ),
  F(
    String.raw`\b(?:rubbish|joke|ridiculous|unbelievable|(?:so|very|really|totally|completely)\s+unfair|absurd|unacceptable|outrageous|disgrace(?:ful)?|shameful|terrible|horrible|awful|worst|appalling|atrocious|insane|rip\s*-?\s*off|hate)\b`,
    -0.55,
  ),
  P(
    String.raw`\b(?:are\s+you\s+(?:kidding|serious|joking)|you\s+(?:people|guys)\s+(?:are|have|never)(?!\s+(?:been\s+)?(?:so\s+|really\s+|very\s+|always\s+)?(?:great|awesome|amazing|helpful|wonderful|fantastic|brilliant|the\s+best|super|lovely|kind|quick|fast|excellent|fab\w*))|furious|livid|angry|mad\s+(?:at|about)|infuriat\w*|fuming|disgusted|ticked\s+off|thanks\s+for\s+nothing)\b`,
    -0.5,
    true,
  ),
  F(
    String.raw`\b(?:fed\s+up|sick\s+(?:and\s+tired\s+)?of|had\s+enough|enough\s+is\s+enough|waste\s+of\s+(?:my\s+)?(?:time|money)|wasting\s+my\s+time|i'm\s+done(?!\s+with\s+(?:the|that|my|it|filling|uploading|typing|signing)\b|\s+with\s+this\s+(?:step|form|part|page|section|one|bit|question)\b)|i\s+give\s+up|exasperat\w*)\b`,
    -0.5,
  ),
  // time lost and not being read: "I've wasted two hours of my life on this", "are you even reading what i write??", "wow. just wow."
  F(
    String.raw`\bwasted\s+(?:\w+\s+){0,3}?(?:hours?|days?|an\s+hour|(?:my|the|a|an)\s+(?:whole\s+|entire\s+)?(?:day|morning|afternoon|evening|weekend|time|life))\b|\bare\s+you\s+(?:even|actually)\s+(?:reading|listening|paying\s+attention)\b|\bdo\s+you\s+(?:even|actually)\s+(?:read|listen)\b|\bjust\s+wow\b`,
    -0.5,
  ),
  // frustration without anger: shapes the score and the reason, not the label 'angry'
  P(
    String.raw`\b(?:nothing\s+works|never\s+works|doesn't\s+work\s+again|still\s+(?:not|isn't|doesn't|hasn't|broken|waiting)|not\s+helpful|(?:aren't|are\s+not|isn't|is\s+not|not\s+being|you're\s+not)\s+(?:being\s+)?(?:helpful|helping|listening)|no\s+help\s+at\s+all|doesn't\s+help|didn't\s+help\s+at\s+all|last\s+time\s+i|annoyed|annoying|frustrat\w*|upset|irritat\w*|for\s+(?:the\s+)?(?:third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time|how\s+many\s+times|again\s*[!?]|do\s+you\s+even)\b`,
    -0.5,
  ),
  F(
    String.raw`\b(?:cancel(?:ling)?\s+(?:my|the)\s+(?:account|subscription|membership|service|plan)\s+(?:right\s+now|now|immediately|today|if)|i'?m\s+(?:leaving(?!\s+(?:from|at|on|for|to|tomorrow|today|tonight|this|next|in|around|\d))|switching|going\s+to\s+(?:a\s+)?competitor)|never\s+(?:buy|order|use)\w*\s+(?:from\s+)?(?:you|this)\s+again|(?:this|so)\s+close\s+to\s+(?:pulling|cancel\w*|leaving|quitting|switching|taking\s+(?:my|our)\s+(?:business|money|kids|children))|pull(?:ing)?\s+(?:both\s+|all\s+)?(?:my|our)\s+(?:\w+\s+){0,2}?out\s+(?:of\s+(?:your|this|the)\b|for\s+the\s+rest)|tak(?:e|ing)\s+(?:my|our)\s+business\s+elsewhere|a\s+punto\s+de\s+(?:cancelar|darme\s+de\s+baja|irme|cambiarme)|sur\s+le\s+point\s+de\s+(?:resilier|partir|tout\s+annuler|changer)|kurz\s+davor,?\s+(?:zu\s+kundigen|zu\s+wechseln|alles\s+zu\s+kundigen)|(?:close|delete)\s+my\s+account\s+(?:now|immediately|right\s+now))\b`,
    -0.45,
  ),
  // round 5: despair and "that's what I'm telling you" in four languages, an eye roll: "ya me estoy desesperando", "eso es lo que te
  // estoy diciendo 🙄", "je désespère", "ich verzweifle"
  F(
    String.raw`\b(?:(?:me\s+)?estoy\s+desesperando|(?:estoy|ando)\s+desesperad[oa]|je\s+(?:desespere|suis\s+desespere\w*)|ich\s+(?:verzweifle|bin\s+verzweifelt)|i'm\s+(?:getting\s+)?desperate|(?:that's|that\s+is)\s+(?:exactly\s+)?what\s+i'm\s+(?:telling|saying)|eso\s+es\s+(?:justo\s+)?lo\s+que\s+(?:te|le|les|os)\s+estoy\s+diciendo|c'est\s+(?:exactement\s+)?ce\s+que\s+je\s+(?:vous|te)\s+dis|das\s+sage\s+ich\s+(?:dir|ihnen|euch)\s+doch)\b` +
      '|\u{1F644}',
    -0.45,
  ),
  // worry and fear said of oneself, not frustration: with the bare words below, a negative customer, no reason by itself
  // ("I'm really worried", "me da mucho miedo", "je suis un peu inquiète", "ich mache mir Sorgen")
  P(
    String.raw`\b(?:(?:i'm|i\s+am|we're|we\s+are|i\s+feel|i'm\s+getting|i\s+was)\s+(?:so\s+|really\s+|very\s+|quite\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|pretty\s+|extremely\s+)?(?:worried|scared|afraid|anxious|nervous|terrified|panicking|freaking\s+out)|(?:me\s+da|tengo)\s+(?:mucho\s+|un\s+poco\s+de\s+)?miedo|estoy\s+(?:muy\s+|un\s+poco\s+)?(?:preocupad[oa]|asustad[oa]|nervios[oa])|je\s+suis\s+(?:tres\s+|un\s+peu\s+|vraiment\s+)?(?:inquiet|inquiete|angoisse|angoissee|effraye|effrayee)|j'ai\s+(?:tres\s+|vraiment\s+)?peur|ich\s+(?:mache\s+mir|habe)\s+(?:gro(?:ss|ß)e\s+|echt\s+)?(?:sorgen|angst)|ich\s+bin\s+(?:sehr\s+|echt\s+|etwas\s+)?(?:besorgt|beunruhigt|verunsichert))\b`,
    -0.25,
  ),
  // exasperation in four languages (accents off): "tomadura de pelo", "je suis à bout", "das kann doch nicht wahr sein"
  P(
    String.raw`\b(?:at\s+my\s+wits'?\s+end|beyond\s+frustrated|(?:i'?m|i\s+am)\s+(?:so\s+|just\s+|absolutely\s+|completely\s+|officially\s+)?done\s+with\s+(?:you(?:\s+(?:people|guys|lot))?\b(?!\s+(?:on|in|at|for)\b)|(?:this|your)\s+(?:company|service|bot|nonsense|crap|place|runaround)|all\s+(?:of\s+)?this)|vous\s+(?:vous\s+)?moquez\s+de\s+(?:moi|nous)|on\s+se\s+moque\s+de\s+(?:moi|nous)|(?:wollen|wollt)\s+(?:sie|ihr)\s+mich\s+(?:verappeln|veralbern|auf\s+den\s+arm\s+nehmen)|this\s+is\s+beyond\s+(?:a\s+)?joke|(?:una\s+)?tomadura\s+de\s+pelo|(?:me\s+)?(?:estan|estais)\s+tomando\s+el\s+pelo|no\s+puede\s+ser\s+que|esto\s+es\s+de\s+risa|je\s+suis\s+a\s+bout|je\s+n'en\s+peux\s+plus|(?:c'est|ce\s+n'est)\s+pas\s+normal|c'est\s+une\s+(?:blague|honte)|on\s+se\s+moque\s+de\s+moi|das\s+kann\s+doch\s+nicht\s+(?:wahr\s+)?sein|(?:mit\s+(?:meinen|den)\s+nerven|nervlich)\s+am\s+ende|das\s+ist\s+(?:doch\s+)?ein\s+witz|unglaublich)\b`,
    -0.5,
  ),
  // patience run out; a threat to leave made as a condition ("if nobody fixes this today I'm cancelling everything")
  P(
    String.raw`\b(?:i(?:'ve|\s+have)\s+been\s+(?:very\s+|more\s+than\s+|extremely\s+|really\s+)?patient|my\s+patience\s+(?:is|has)\s+(?:run(?:ning)?\s+out|gone|worn\s+thin)|(?:if|unless)\b[^.!?]{0,60}\b(?:i'?m|i\s+am|i\s+will|i'll)\s+(?:cancel\w*|leav\w*|switch\w*|clos\w*|tak\w+\s+my\s+(?:business|money)))\b`,
    -0.5,
  ),
  // Spanish: anger (insults, swearing), then frustration
  P(
    String.raw`\b(?:in[uú]til(?:es)?|mierda|joder|carajo|co[nñ]o|qu[eé]\s+asco|furios[oa]|enfadad[oa]|enojad[oa]|cabread[oa]|estafa(?:dores)?|ladrones|incompetentes?|una\s+porquer[ií]a|gracias\s+por\s+nada)\b`,
    -0.55,
    true,
  ),
  F(
    String.raw`\b(?:(?:estoy|estamos|ya\s+estoy)\s+hart[oa]s?|rid[ií]culo|verg[uü]enza|p[eé]simo|p[eé]sima|no\s+sirve(?:s|n)?(?:\s+para\s+nada)?|es\s+una\s+broma|indignad[oa]|indignante|molest[oa]|inaceptable|nada\s+funciona|no\s+funciona\s+nada|estoy\s+cansad[oa]|hasta\s+las\s+narices|hasta\s+el\s+moño|hasta\s+la\s+coronilla|colmo|(?:un|qu[eé]|menudo)\s+desastre|harto\s+de)\b`,
    -0.55,
  ),
  // French: anger, then frustration
  P(
    String.raw`\b(?:inutile|nul(?:le|s)?|merde|putain|bordel|furieux|furieuse|f[aâ]ch[eé]e?|incomp[eé]tents?|incapables?|arnaque|voleurs|ne\s+sert\s+(?:[aà]\s+)?rien|sert\s+[aà]\s+rien|merci\s+pour\s+rien)\b`,
    -0.55,
    true,
  ),
  F(
    String.raw`\b(?:ridicule|inadmissible|inacceptable|j'en\s+ai\s+marre|en\s+ai\s+assez|ras[\s-]le[\s-]bol|j'en\s+peux\s+plus|c'est\s+abus[eé]|n'importe\s+quoi|honteux|honte|scandaleux|scandale|[eé]nerv[eé]e?|lamentable|catastrophique|(?:un|quel)\s+d[eé]sastre|rien\s+ne\s+marche|[cç]a\s+ne\s+marche\s+jamais|insupportable|exasp[eé]r[eé]e?)\b`,
    -0.55,
  ),
  // German: anger, then frustration
  P(
    String.raw`\b(?:nutzlos|unversch[aä]mt\w*|(?:ihr\s+seid|sie\s+sind|du\s+bist)\s+(?:\w+\s+)?das\s+letzte|schei(?:ß|ss)e?|verdammt|sauer|w[uü]tend|zum\s+kotzen|betr[uü]ger|saftladen|abzocke|unf[aä]hig|inkompetent|danke\s+f[uü]r\s+nichts)\b`,
    -0.55,
    true,
  ),
  F(
    String.raw`\b(?:l[aä]cherlich|frechheit|katastrophe|katastrophal|desaster|inakzeptabel|unakzeptabel|mir\s+reicht'?s|reicht'?s\s+mir|unfassbar|unglaublich|reicht\s+mir|die\s+nase\s+voll|die\s+schnauze\s+voll|mist|nichts\s+funktioniert|funktioniert\s+nie|bringt\s+(?:doch\s+)?nichts|emp[oö]rend|ver[aä]rgert|genervt|schlechtester?)\b`,
    -0.55,
  ),
];

/** Angry faces: what a chat customer types instead of the words. */
export const ANGRY_EMOJI: WeightedPattern = P('(?:\u{1F621}|\u{1F92C}|\u{1F620}|\u{1F4A2}|\u{1F624})', -0.5, true);

/** Negative without anger: complaints, disappointment, problems. Shapes the score, not the reason. */
export const DISCONTENT: readonly WeightedPattern[] = [
  P(
    String.raw`\b(?:complain\w*|complaint|reclamation|reclamaci[oó]n|queja|plainte|r[eé]clamation|beschwerde|reklamation)\b`,
    -0.5,
  ),
  P(String.raw`\b(?:claim\s+against|(?:consumer|customer)\s*claim)\b`, -0.5),
  // an insurance, warranty or lost-parcel claim is a procedure, not necessarily a grievance
  P(String.raw`\b(?:file|lodge|make|filing|lodging|making|submit)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}claim\b`, -0.3),
  P(
    String.raw`\b(?:unhappy|dissatisfied|disappointed|disappointing|displeased|not\s+(?:happy|satisfied|pleased)|(?:experience|service)\s+(?:\w+\s+){0,3}(?:bad|poor|awful|terrible|horrible)|(?:bad|poor|awful|terrible|horrible)\s+(?:experience|service)|let\s+down|unfair|decepcionad[oa]|d[eé][cç]ue?|m[eé]content|entt[aä]uscht|unzufrieden)\b`,
    -0.5,
  ),
  P(
    String.raw`\b(?:oh\s+my\s+god|omg|ugh+|come\s+on|seriously|jeez|for\s+god'?s\s+sake|dios\s+mio|por\s+favor\s+ya|mon\s+dieu|oh\s+mann)\b`,
    -0.3,
  ),
  P(
    String.raw`\b(?:worried|concerned|anxious|confused|stuck|lost\s+my|can't\s+believe|unfortunately|sadly|preocupad[oa]|inquiet|besorgt)\b`,
    -0.2,
  ),
  // "you don't understand", "you keep saying that": talking past each other
  P(
    String.raw`\b(?:you\s+(?:don't|do\s+not|aren't|are\s+not)\s+(?:understand(?:ing)?|get(?:ting)?\s+it)|you\s+keep\s+(?:saying|telling\s+me|asking|repeating|sending)|(?:third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+time\s+(?:i'm|i\s+am|i've|i\s+have|that\s+i)\s+(?:\w+\s+)?(?:asking|contacting|calling|writing|explaining|asked|contacted|called|written|explained)|vous\s+ne\s+(?:me\s+)?(?:comprenez|m'ecoutez|ecoutez)\s+pas|tu\s+ne\s+(?:me\s+)?comprends\s+pas|no\s+(?:me\s+)?entiend(?:e|es|en)|sie\s+verstehen\s+(?:mich\s+)?(?:einfach\s+)?nicht|du\s+verstehst\s+(?:mich\s+)?nicht)\b`,
    -0.35,
  ),
  P(
    String.raw`\b(?:over\s*-?charg\w*|double\s*-?\s*charg\w*|charged\s+(?:me\s+)?(?:twice|two\s+times|double|three\s+times))\b`,
    -0.3,
  ),
  // waiting with nothing to show, resignation: mild on their own
  P(
    String.raw`\b(?:(?:it's|its|it\s+has)\s+been\s+(?:\w+\s+){0,2}(?:days?|weeks?|months?)|\d+\s+(?:days?|weeks?|months?)\s+(?:and|later|now)\s+(?:still\s+)?(?:nothing|no\s+\w+)|and\s+(?:still\s+)?nothing\b|whatever|forget\s+it|never\s*mind)\b`,
    -0.2,
  ),
  // the same problem again, in Spanish, French and German ("otra vez el mismo error", "schon wieder")
  P(
    String.raw`\b(?:otra\s+vez\s+(?:el\s+mismo|la\s+misma|lo\s+mismo)|de\s+nuevo\s+(?:el\s+mismo|la\s+misma|lo\s+mismo)|encore\s+une\s+fois\s+(?:rien|pas|le\s+m[eê]me|la\s+m[eê]me|ce\s+probl[eè]me|cette\s+erreur)|toujours\s+la\s+m[eê]me\s+(?:erreur|chose)|encore\s+la\s+m[eê]me|schon\s+wieder|immer\s+(?:noch\s+)?(?:der|die|das)\s+(?:gleiche|selbe))\b`,
    -0.3,
  ),
  P(
    String.raw`\b(?:nobody|no\s+one)\s+(?:answers|replies|responds|is\s+answering|gets\s+back)|nadie\s+(?:responde|contesta|me\s+responde)|sin\s+respuesta|personne\s+ne\s+(?:repond|me\s+repond)|aucune\s+reponse|niemand\s+(?:antwortet|meldet\s+sich|reagiert)|keine\s+antwort|uberfallig|seit\s+(?:\w+\s+)?(?:tagen|wochen|monaten)\s+(?:warte|nichts|keine)|hace\s+(?:\w+\s+)?(?:dias|semanas|meses)\s+que\s+(?:espero|nada|no)|depuis\s+(?:\w+\s+)?(?:jours|semaines|mois)\s+(?:j'attends|rien|sans)\b`,
    -0.3,
  ),
  P(
    String.raw`\b(?:problem|problems|issue|issues|error|errors|broken|wrong|fail(?:ed|s|ing)?|declined|not\s+working|doesn't\s+work|didn't\s+work|won't\s+work|can't|cannot)\b`,
    -0.1,
  ),
];

export const POSITIVE: readonly WeightedPattern[] = [
  // politeness ("Thanks," at the end of an email) is not satisfaction
  P(String.raw`\b(?:thanks?|thank\s+you|thx|ty|gracias|merci|danke)\b`, 0.2),
  // warm words and faces: "lovely", "vous êtes géniaux", "Top, danke!", 😊 🙏
  P(
    String.raw`\b(?:lovely|geniaux|geniales|genial(?:e|es)?|estupend[oa]|maravillos[oa]|formidable|klasse|spitze|wunderbar|prima)\b|(?:^|[.!]\s*)top\s*[,!]` +
      '|(?:\u{1F60A}|\u{1F642}|\u{1F600}|\u{1F603}|\u{1F604}|\u{1F64F}|\u{1F44D}|\u{2764}|\u{1F970}|\u{1F60D})',
    0.35,
  ),
  P(
    String.raw`\b(?:thanks?\s+(?:a\s+lot|so\s+much)|thank\s+you\s+(?:so|very)\s+much|appreciate\w*|great|perfect|awesome|excellent|wonderful|brilliant|amazing|fantastic|love\s+(?:it|this|you)|glad|happy\s+(?:now|with)|that\s+(?:worked|works|fixed\s+it|helps|helped)|it\s+works\s+now|works\s+now|(?<!not\s|n't\s|been\s)(?:solved|resolved)|all\s+good|no\s+worries|genial|perfecto|parfait|super|bravo|(?:vraiment|trop|c'est)\s+top|perfekt|prima|toll|(?:muy\s+)?content[oa]|encantad[oa]|ya\s+funciona|funciona\s+(?:bien|perfecto|ahora)|(?:ha|han)\s+(?:funcionado|resuelto|solucionado)|tout\s+fonctionne|[cç]a\s+(?:marche|fonctionne)(?:\s+maintenant)?|ravie?|satisfaite?|das\s+hat\s+geholfen|funktioniert\s+(?:jetzt|wieder)(?!\s+nicht)|zufrieden)\b`,
    0.45,
  ),
];
