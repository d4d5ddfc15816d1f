/**
 * Asking for a person, in English, Spanish, French and German. Patterns run on normalised text
 * (lower case, typos of the key words repaired). Bounded gaps only: no pattern can backtrack
 * super-linearly.
 */
const ART = String.raw`(?:a|an|the|some|one|any|your|ur|a real|a live|an actual|a real live)`;
/** Who the customer wants: a person, not "customer service" as a place or a phone line. */
const PERSON = String.raw`(?:(?:real|live|actual|human|physical)\s+)?(?:human(?:\s+being)?s?|person|people|agent|operator|assistant|representative|rep|someone|somebody|anyone|anybody|manager|supervisor|boss|staff(?:\s+member)?|employee|advisor|adviser|specialist|technician|associate|team\s+member|consultant|colleague|co-?worker|real\s+one|live\s+(?:chat|support|help)|(?:accounts?|billing|sales|finance|fraud|claims|returns|technical|tech|security|legal|retention)\s+(?:team|department|dept))`;
const STRONG_PERSON = String.raw`(?:(?:real|live|actual)\s+)?(?:human(?:\s+being)?|person|agent|operator|representative|rep|manager|supervisor|boss|advisor|adviser|live\s+(?:chat|support))`;
const CONTACT = String.raw`(?:talk(?:ing)?|speak(?:ing)?|chat(?:ting)?|contact(?:ing)?|reach(?:ing)?|call(?:ing)?|communicate|communicating|deal(?:ing)?|get(?:ting)?\s+(?:in\s+touch|through|hold\s+of|connected)|put\s+me\s+in\s+touch|have\s+a\s+word|be\s+connected|connect(?:ing)?(?:\s+me)?|transfer(?:\s+me)?|put\s+me\s+through|pass\s+me|hand\s+me\s+(?:over|off)|escalate(?:\s+(?:this|me|it))?|message|write)`;

export const PERSON_REQUEST_EN: readonly string[] = [
  // "Could the events manager give me a call?", "can your planner call me"
  String.raw`\b(?:could|can|would|will)\s+(?:the|your|an?|our|my)\s+(?:\w+\s+)?(?:manager|agent|rep|representative|coordinator|planner|specialist|advisor|adviser|adjuster|technician|supervisor|team)\s+(?:please\s+)?(?:give\s+me\s+a\s+(?:call|ring)|call\s+me|ring\s+me|reach\s+out|contact\s+me|get\s+in\s+touch|email\s+me|phone\s+me)\b`,
  // a named role to call or write back: "a phone call from the adjuster", "have our account manager reach out to me",
  // "talk to Rachel or whoever handles our account"
  String.raw`\b(?:phone\s+)?call\s+(?:back\s+)?from\s+(?:the|my|our|an?|your)\s+(?:\w+\s+)?(?:adjuster|agent|representative|rep|specialist|manager|advisor|adviser|person|technician|supervisor|underwriter|case\s+worker|caseworker)\b|\b(?:have|ask|get)\s+(?:our|my|the|an?|your)\s+(?:\w+\s+){0,2}?(?:account\s+manager|account\s+team|rep|representative|agent|manager|advisor|adviser|specialist|adjuster|supervisor)\s+(?:\([^)]{0,60}\)\s+)?(?:to\s+)?(?:reach\s+out|call|contact|email|get\s+in\s+touch|phone|ring)\b|\b(?:talk|speak)\s+(?:to|with)\s+(?:\w+\s+or\s+)?(?:whoever|someone\s+who|the\s+person\s+who)\s+(?:handles|manages|is\s+in\s+charge\s+of|looks\s+after|runs)\b|\b(?:speak|talk)\s+(?:to|with)\s+(?:our|my)\s+account\s+(?:manager|rep|representative|executive)\b`,
  // "I don't want to talk to a bot", "who can I speak to about this?": a person asked for without the word
  String.raw`\b(?:don't|do\s+not|dont)\s+want\s+to\s+(?:talk|speak|chat|deal)\s+(?:to|with)\s+(?:a\s+|the\s+|this\s+|your\s+|another\s+)?(?:bot|robot|machine|computer|chatbot|ai|automated\s+\w+)\b|\bwho\s+(?:can|could|should)\s+i\s+(?:speak|talk|chat)\s+(?:to|with)\b`,
  // "talk to a human", "contact a live agent", "speak with somebody", "get in touch with an operator"
  String.raw`\b${CONTACT}\s+(?:(?:to|with|me\s+(?:to|with)|over\s+to|through\s+to)\s+)?(?:${ART}\s+)?(?:(?!(?:delivery|courier|mail|postal|moving|cleaning|repair)\b)\w+\s+)?${PERSON}\b`,
  // "assistance from a human agent", "waiting for a human agent", "I need somebody to help me"
  String.raw`\b(?:assistance|help|support)\s+from\s+(?:${ART}\s+)?(?:real\s+|live\s+|human\s+)?${STRONG_PERSON}\b|\bwaiting\s+(?:for|on)\s+(?:${ART}\s+)?(?:real\s+|live\s+|human\s+)?${STRONG_PERSON}\b|\b(?:need|want)\s+(?:somebody|someone)\s+to\s+(?:help|assist|talk\s+to|speak\s+to|call)\s+me\b`,
  // "I want a live agent", "get me a human", "I need a real person", "can I have a representative"
  String.raw`\b(?:want|need|like|get\s+me|give\s+me|(?:can|could|may)\s+i\s+(?:have|get)|request(?:ing)?|demand(?:ing)?|prefer|bring\s+(?:me\s+)?|find\s+me|send\s+me)\s+(?:${ART}\s+)?(?:(?:\w+\s+)?)${STRONG_PERSON}\b`,
  // "agent please", "human!", "representative", "speak to human agent" as the whole message
  String.raw`^(?:(?:please|pls|hi|hello|hey|ok|okay|just|yes|no|ugh|omg)[\s,.!]+)*(?:${ART}\s+)?${STRONG_PERSON}(?:[\s,.!?]+(?:please|pls|now|asap|already|thanks|thank\s+you))*[\s.!?]*$`,
  String.raw`^(?:${CONTACT}\s+)?(?:to\s+)?(?:${ART}\s+)?(?:human|live|real)\s+(?:agent|person|human|support)[\s.!?]*$`,
  // "transfer me", "put me through", "escalate this", "connect me to support"
  String.raw`\b(?:transfer|connect|escalate)\s+(?:me|this|my\s+(?:case|call|chat|issue|ticket))\b(?!\s+(?:my|the|an?)\s+(?:order|package|refund|money|payment|funds|account\s+to))`,
  String.raw`\bput\s+me\s+through\b|\bhand\s+(?:me|this)\s+(?:over|off)\b|\bescalat(?:e|ion)\s+(?:to|please|now)\b`,
  // call backs
  String.raw`\b(?:call|ring|phone)\s+me\s+(?:back|please|asap|today|tomorrow|now|at)\b|\bcall\s*-?\s*back\b|\bcallback\b|\b(?:someone|somebody|an\s+agent|a\s+person)\s+(?:to\s+)?(?:call|phone|ring|contact)\s+me\b`,
  // "is there a real person", "am I talking to a bot? I want a human" (the second half matches above)
  String.raw`\bis\s+there\s+(?:${ART}\s+)?(?:real\s+|actual\s+|live\s+)?(?:human|person|agent|anyone|anybody|someone)\s+(?:i\s+can|to|there|available|who|around|here|on\s+(?:this|the\s+other)\s+end|at\s+all)\b|\bis\s+there\s+(?:${ART}\s+)?(?:real\s+|actual\s+|live\s+)?(?:human|person|agent)\s*(?:[?!]|$)`,
  String.raw`\b(?:stop|no\s+more|enough\s+(?:of\s+)?(?:this|the))\s+(?:bot|robot|machine|automated)\b`,
  // "get me someone who knows", "can a real person look at this"
  String.raw`\b(?:get|find|bring|send)\s+me\s+(?:someone|somebody)\b(?!\s+(?:near|around|nearby|close\s+to)\b|\s+in\s+(?!billing|support|sales|charge|accounts?|customer|management|tech|finance|it\b|the\b|your\b)|\s+who\s+(?:specializes|specialises|does|is\s+(?:available|free|open)))|\b(?:can|could|would|will)\s+(?:${ART}\s+)?(?:(?:real|actual|live)\s+)?(?:person|human|agent|representative|manager|supervisor)\s+(?:please\s+)?(?:look|check|help|review|handle|take|call|contact|see)\b`,
  // "can someone from billing look into this?", "could somebody on your team please check my order": a person, named by what they do
  String.raw`\b(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody)\s+(?:(?:from|in|on|at)\s+(?:the\s+|your\s+)?(?:\w+\s+){0,2}?(?:billing|support|sales|accounts?|team|department|finance|tech|it|customer\s+service|staff|office|company|store|shop)\s+(?:please\s+)?(?:look|check|help|review|handle|take|call|contact|get\s+back|reach\s+out|sort|fix|assist|explain)|(?:please\s+)?(?:look\s+(?:into|at)|take\s+a\s+look|call\s+me|contact\s+me|get\s+back\s+to\s+me|reach\s+out\s+to\s+me|get\s+in\s+touch))\b`,
  // "your colleague please, not the robot", "a human not a bot": a person set against the bot
  String.raw`\b(?:${STRONG_PERSON}|colleague|someone\s+real|real\s+people)\b[\s,.!]{0,4}(?:(?:please|pls)[\s,.!]{1,3})?(?:and\s+|but\s+)?not\s+(?:a|the|this|some|your|another)\s+(?:bot|robot|machine|chatbot|ai|computer)\b`,
  // "not a bot please", "no bots": the whole message refuses the bot
  String.raw`^(?:please\s+)?(?:not|no)\s+(?:a\s+|the\s+|more\s+)?(?:bots?|robots?|machines?|chatbots?)(?:[\s,.!]+(?:please|pls|thanks))*[\s.!?]*$`,
  // "escalate this to someone senior", "I'd like this escalated to a manager"
  String.raw`\bescalat\w*\s+(?:this\s+|it\s+|my\s+\w+\s+)?(?:to|with)\s+(?:someone|somebody|a\s+(?:senior|manager|supervisor|human|person|specialist|team\s+lead)|your\s+(?:manager|supervisor|senior))\b`,
  // "can i get someone from your team on the phone", "I need a real answer from a real employee"
  String.raw`\b(?:can|could|may)\s+i\s+(?:get|have|speak\s+(?:to|with)|talk\s+(?:to|with))\s+(?:someone|somebody|a\s+person)\s+(?:(?:from|on|at|in)\s+(?:your|the)\s+(?:\w+\s+)?(?:team|staff|company|office|department|support)\s+)?(?:on\s+the\s+(?:phone|line)|to\s+(?:call|phone|ring)\s+me)\b|\b(?:need|want|like|get)\s+(?:\w+\s+){0,4}?from\s+(?:a|an|some)\s+(?:real|actual|live)\s+(?:person|human|employee|agent|staff\s+member|people|rep|representative)\b`,
  // "file a complaint with a manager": the complaint is for a person
  String.raw`\b(?:complain|complaint)\w*\s+(?:\w+\s+){0,3}?(?:to|with)\s+(?:a|the|your)\s+(?:manager|supervisor|human|person|boss)\b`,
];

export const PERSON_REQUEST_ES: readonly string[] = [
  String.raw`\b(?:hablar|comunicarme|comunicar|contactar|chatear|conversar|ponerme\s+en\s+contacto|atender(?:me)?)\s+(?:con\s+)?(?:un|una|el|la|alg[uú]n|alguna)?\s*(?:persona(?:\s+real)?|humano|ser\s+humano|agente|asesor(?:a)?|operador(?:a)?|representante|encargad[oa]|supervisor(?:a)?|gerente|alguien(?:\s+real)?|ejecutiv[oa]|compa[ñn]er[oa])\b`,
  // "¿me pasas con alguien que sepa?", "páseme con un compañero"
  String.raw`\bme\s+(?:pasas|pasa|pasan|pasar[ií]as?|pueden\s+pasar|puedes\s+pasar|puede\s+pasar)\s+con\s+(?:alguien|un|una|otro|otra|el|la|su|tu)\b|\bp[aá]seme\s+con\b`,
  String.raw`\b(?:quiero|necesito|prefiero|exijo|p[aá]same|p[oó]ngame|p[oó]nganme|pasame|comun[ií]queme|transfi[eé]reme|transferirme)\s+(?:con\s+)?(?:un|una|el|la|a\s+un|a\s+una)?\s*(?:persona(?:\s+real)?|humano|agente|asesor(?:a)?|operador(?:a)?|representante|supervisor(?:a)?|encargad[oa]|alguien)\b`,
  String.raw`\batenci[oó]n\s+(?:humana|personalizada|al\s+cliente\s+humana)\b|\bun\s+humano\b|\bpersona\s+de\s+verdad\b|\bll[aá]m(?:en|e|a)me\b|\b(?:me\s+)?(?:pueden|puede|podr[ií]an|podr[ií]a|pod[eé]is)\s+(?:devolver\s+la\s+llamada|llamar(?:me)?)\b|\bprefiero\s+(?:hablarlo\s+|hablar\s+)?por\s+tel[eé]fono\b`,
  // "no quiero hablar con una máquina", "¿hay alguien real ahí?", "agente por favor", "pásame con tu supervisor"
  String.raw`\bno\s+quiero\s+(?:hablar|chatear|seguir)\s+con\s+(?:un|una|el|la|este|esta)?\s*(?:maquina|robot|bot|chatbot|asistente\s+virtual)\b|\b(?:hay|existe)\s+(?:alguien|una\s+persona|un\s+humano|algun\s+humano|un\s+agente)(?:\s+real)?\s+(?:ahi|aqui|disponible|con\s+quien)\b|^(?:hola\s+)?(?:un\s+|una\s+)?(?:agente|asesor|humano|persona|operador)(?:[\s,.!]+(?:por\s+favor|porfa|ya|ahora))+[\s.!?]*$|\bp[aá]same\s+con\s+(?:tu|su|el|la)\s+(?:supervisor(?:a)?|jefe|jefa|encargad[oa]|gerente|responsable)\b`,
];

export const PERSON_REQUEST_FR: readonly string[] = [
  String.raw`\b(?:parler|discuter|[eé]changer|communiquer)\s+(?:[aà]|avec)\s+(?:un|une|le|la|votre|vos|ton|ta|quelqu'un|quelqu’un|un\s+de\s+vos|une\s+de\s+vos)?\s*(?:vrai(?:e)?\s+)?(?:humain|personne(?:\s+r[eé]elle)?|conseill(?:er|[eè]re)|agent|op[eé]rat(?:eur|rice)|responsable|interlocuteur|quelqu'un|quelqu’un|repr[eé]sentant|sup[eé]rieur|technicien|coll[eè]gue)\b`,
  // "pouvez-vous me passer un collègue", "avoir quelqu'un au téléphone"
  String.raw`\b(?:me\s+(?:passer|transf[eé]rer\s+[aà])|passez-moi)\s+(?:(?:un|une|le|la|votre)\s+(?:coll[eè]gue|conseill(?:er|[eè]re)|humain|agent|personne|responsable|sup[eé]rieur)\b|quelqu['’]un)|\b(?:[eê]tre\s+|me\s+)?mise?s?\s+en\s+(?:relation|contact)\s+avec\s+(?:un|une|le|la|votre|quelqu['’]un|vos)\b|\bavoir\s+(?:quelqu'un|quelqu’un|une\s+personne|un\s+conseill(?:er|[eè]re))\s+(?:au\s+t[eé]l[eé]phone|en\s+ligne|au\s+bout\s+du\s+fil)\b`,
  String.raw`\b(?:je\s+veux|je\s+voudrais|j'aimerais|je\s+souhaite|il\s+me\s+faut|passez-moi|mettez-moi\s+en\s+relation\s+avec)\s+(?:parler\s+[aà]\s+)?(?:un|une|le|la)?\s*(?:vrai(?:e)?\s+)?(?:humain|personne|conseill(?:er|[eè]re)|agent|op[eé]rat(?:eur|rice)|responsable|quelqu'un)\b`,
  String.raw`\b(?:avoir|joindre|contacter|obtenir)\s+(?:un|une)\s+(?:vrai\w*\s+)?(?:conseill(?:er|[eè]re)|humain|agent|personne|op[eé]rat(?:eur|rice))\b|\bmettez-moi\s+en\s+relation\b|\bun\s+(?:[eê]tre\s+)?humain\b|\brappelez-moi\b|\bme\s+(?:rappeler|t[eé]l[eé]phoner)\b|\bm'appeler\b|\bpar\s+t[eé]l[eé]phone\s+(?:svp|s'il\s+vous\s+pla[iî]t)\b|\bune\s+vraie\s+personne\b`,
  // "je ne veux pas parler à un robot", "un conseiller svp", "transférez-moi"
  String.raw`\bje\s+ne\s+veux\s+pas\s+(?:parler|discuter|continuer)\s+(?:[aà]|avec)\s+(?:un|une|le|ce|cette)?\s*(?:robot|bot|machine|chatbot|assistant\s+virtuel)\b|^(?:bonjour\s+)?(?:un\s+|une\s+)?(?:conseill(?:er|ere)|agent|humain|operat(?:eur|rice))(?:[\s,.!]+(?:svp|s'il\s+vous\s+plait|merci|vite))+[\s.!?]*$|\btransf[eé]rez-moi\b|\btransf[eé]rer\s+(?:[aà]|vers)\s+(?:un|une)\s+(?:conseill(?:er|ere)|agent|humain|personne)\b`,
];

export const PERSON_REQUEST_DE: readonly string[] = [
  String.raw`\b(?:mit|einen|eine|einem|einer)\s+(?:(?:ihrem|ihrer|ihren|deinem|deiner|dem|der|eurem|eurer|einem|einer)\s+)?(?:echten\s+|richtigen\s+|menschlichen\s+|zust[aä]ndigen\s+)?(?:menschen|mensch|mitarbeiter(?:in)?|berater(?:in)?|kundenberater(?:in)?|sachbearbeiter(?:in)?|agenten|person|jemandem|vorgesetzten|verantwortlichen|support-mitarbeiter|kolleg(?:en|in))\s+(?:\w+\s+){0,3}(?:sprechen|reden|chatten|verbunden|verbinden|telefonieren)\b`,
  String.raw`\b(?:ich\s+(?:will|m[oö]chte|brauche|verlange|h[aä]tte\s+gerne?)|h[aä]tte\s+ich\s+gerne?|geben\s+sie\s+mir|verbinden\s+sie\s+mich\s+mit)\s+(?:bitte\s+)?(?:sofort\s+)?(?:einen|eine|einem|mit\s+einem|mit\s+einer|(?:mit\s+)?ihre[mnr]?|(?:mit\s+)?dem|(?:mit\s+)?der)?\s*(?:echten\s+|richtigen\s+|menschlichen\s+)?(?:menschen|mitarbeiter(?:in)?|berater(?:in)?|agenten|person|ansprechpartner(?:in)?|vorgesetzten)\b`,
  // "Dann hätte ich gerne jemanden aus dem Vertrieb", "ich brauche jemanden von der Technik"
  String.raw`\b(?:h[aä]tte\s+ich\s+gerne|ich\s+h[aä]tte\s+gerne|ich\s+m[oö]chte|ich\s+will|ich\s+brauche|geben\s+sie\s+mir)\s+(?:bitte\s+)?(?:gerne\s+)?(?:jemanden|einen\s+mitarbeiter|eine\s+mitarbeiterin|eine\s+person)\s+(?:aus|von|vom)\b`,
  String.raw`\bverbinden\s+sie\s+mich\b|\bechte[nr]?\s+(?:menschen|person|mitarbeiter(?:in)?|ansprechpartner(?:in)?)\b|\brufen\s+sie\s+mich\s+(?:bitte\s+)?(?:zur[uü]ck|an)\b|\br[uü]ckruf\b|\bmich\s+(?:bitte\s+)?(?:zur[uü]ckrufen|anrufen)\b`,
  // "Ich möchte nicht mit einem Bot reden", "Mitarbeiter bitte", "Können Sie mich durchstellen?", "an einen Vorgesetzten weiterleiten"
  String.raw`\b(?:ich\s+(?:will|m[oö]chte)\s+nicht\s+(?:mehr\s+)?mit\s+(?:einem|einer|dem|der|diesem)\s+(?:bot|roboter|maschine|chatbot|computer)\s+(?:reden|sprechen|chatten|schreiben))\b|^(?:hallo\s+)?(?:einen\s+|ein\s+)?(?:mitarbeiter(?:in)?|berater(?:in)?|menschen|mensch|agenten)(?:[\s,.!]+(?:bitte|sofort|jetzt|danke))+[\s.!?]*$|^(?:hallo\s+)?bitte\s+(?:einen\s+|eine\s+|ein\s+)?(?:mitarbeiter(?:in)?|berater(?:in)?|menschen|mensch|agenten|person)[\s.!?]*$|\bmich\s+(?:bitte\s+)?(?:durchstellen|weiterleiten|weiterverbinden)\b|\ban\s+(?:einen|eine)\s+(?:mitarbeiter(?:in)?|vorgesetzten|menschen|berater(?:in)?)\s+(?:weiterleiten|verbinden|weitergeben|geben)\b`,
];

/** A contact verb right after these words reports the past ("I was talking to someone"): not a request. */
export const PERSON_REQUEST_NOT_AFTER = /\b(?:was|were|been|i've|i\s+have|already|previously)\s+$/;

/** Not a request: the customer declines a person, or reports a past contact. */
export const PERSON_REQUEST_NEGATIONS: readonly string[] = [
  // round 6: "do not transfer me to another person again just send a tech out", "no me pases con otra persona"
  String.raw`\b(?:do\s+not|don't|dont|stop)\s+(?:transfer(?:ring)?|pass(?:ing)?|put(?:ting)?|send(?:ing)?|hand(?:ing)?|bounc(?:e|ing))\s+me\s+(?:to|over|around|through|on)\b|\bno\s+me\s+(?:pases|pasen|transfieras|transfieran)\b|\bne\s+me\s+(?:transferez|passez|renvoyez)\s+pas\b|\bverbinden\s+sie\s+mich\s+nicht\b`,
  // a number left in case it is needed, not a request: "falls man mich anrufen muss", "in case you need to call me", "por si necesitan llamarme"
  String.raw`\b(?:falls|wenn)\s+(?:man|sie|ihr|jemand)\s+mich\s+(?:\w+\s+)?(?:anrufen|erreichen|kontaktieren)|\b(?:in\s+case|if)\s+(?:you|anyone|someone)\s+(?:need|needs|want|wants)\s+to\s+(?:call|reach|contact)\s+me|\bpor\s+si\s+(?:necesitan|necesitas|hace\s+falta)\s+(?:llamarme|contactarme)|\bsi\s+(?:vous\s+avez|tu\s+as|on\s+a)\s+besoin\s+de\s+m'(?:appeler|joindre|contacter)`,
  String.raw`\b(?:don't|do\s+not|dont|no\s+need\s+to|never|won't|will\s+not|not)\s+(?:want|need|wish)\s+(?:to\s+)?(?:(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:${ART}\s+)?${PERSON}\b`,
  // a past contact: "j'ai été mis en relation avec un conseiller hier"
  String.raw`\b(?:ai|as|a|avons|avez|ont|avais|avait)\s+(?:deja\s+|déjà\s+)?(?:ete|été)\s+mise?s?\s+en\s+(?:relation|contact)\b`,
  String.raw`\bno\s+need\s+(?:for|of)\s+(?:${ART}\s+)?${PERSON}\b|\bwithout\s+(?:talking|speaking)\s+to\b`,
  // hedged: "not sure i need a human", "i don't think i need an agent"
  String.raw`\b(?:not\s+sure|unsure|don't\s+think|do\s+not\s+think|not\s+certain)\s+(?:if\s+|whether\s+|that\s+)?(?:i\s+)?(?:really\s+)?(?:need|want|have\s+to)\s+(?:to\s+)?(?:(?:talk|speak|chat)\s+(?:to|with)\s+)?(?:${ART}\s+)?${PERSON}\b`,
  String.raw`\bno\s+(?:quiero|necesito)\s+(?:hablar\s+con\s+)?(?:un|una)?\s*(?:persona|humano|agente|asesor)\b|\bpas\s+besoin\s+d'(?:un|une)\b|\b(?:pas\s+besoin|inutile)\s+de\s+(?:me\s+)?(?:passer|parler|transf[eé]rer|mettre\s+en\s+relation|rappeler|t[eé]l[eé]phoner)\b|\bno\s+(?:hace\s+falta|es\s+necesario)\s+(?:que\s+me\s+(?:pases|pasen|llamen|llames|transfieran)|pasarme|llamarme)\b|\b(?:m[uü]ssen|brauchen)\s+(?:sie\s+)?mich\s+nicht\s+(?:\w+\s+)?(?:durchzustellen|durchstellen|weiterzuleiten|weiterleiten|verbinden|anzurufen|anrufen)\b|\bkein(?:en)?\s+(?:menschen|mitarbeiter|berater)\b`,
  // "je veux pas parler a un conseiller", "Ich möchte nicht mit einem Menschen sprechen", "ich will KEINEN Rückruf", "no quiero que me llamen", "don't want a call back"
  String.raw`\b(?:je\s+)?(?:ne\s+)?veux\s+pas\s+(?:(?:parler|discuter)\s+(?:a|avec)\s+(?:un\s+|une\s+)?(?:conseiller\w*|humain|agent|personne|operateur\w*|quelqu'un|vrai)|etre\s+rappele)|\bpas\s+(?:de|d')\s*(?:conseiller|humain|agent|rappel)\b|\b(?:mochte|will|muss|brauche)\s+(?:ich\s+)?(?:auch\s+)?nicht\s+mit\s+(?:(?:einem|einer)\s+(?:menschen|mitarbeiter\w*|berater\w*|person|kolleg\w*)|jemandem)|\bkein(?:en|e)?\s+(?:ruckruf|anruf|menschen|mitarbeiter\w*|berater\w*|techniker\w*)|\bno\s+(?:quiero|necesito|hace\s+falta)\s+(?:que\s+me\s+llamen|(?:una\s+)?llamada|hablar\s+con\s+nadie)|\b(?:don't|do\s+not|no)\s+(?:want\s+|need\s+)?(?:a\s+|any\s+)?(?:call\s*back|callback|phone\s+call)\b`,
];
