/**
 * Phrases for the reasons of contract section 3 other than asking for a person and frustration,
 * in English, Spanish, French and German. Run on normalised (lower-case) text.
 */
export const SECURITY: readonly string[] = [
  String.raw`\b(?:hack(?:ed|er|ers|ing)?|hijack(?:ed)?|compromised|breach(?:ed)?|phish(?:ing|ed)?|identity\s+theft|stolen\s+identity|account\s+takeover|taken\s+over\s+my\s+account|fraud(?:ulent|ster|sters)?|skimm(?:ed|ing))\b`,
  String.raw`\b(?:someone|somebody|a\s+stranger|an\s+unknown\s+person|they)\s+(?:has\s+|have\s+|had\s+)?(?:logged|signed|got|gotten|broke|broken|accessed|used|is\s+using|been\s+using|changed|reset)\s+(?:in(?:to)?\s+)?(?:my|our)\b`,
  String.raw`\bunauthori[sz]ed\s+(?:\w+\s+){0,2}(?:charge|charges|transaction|transactions|payment|payments|access|login|logins|purchase|purchases|withdrawal|transfer|activity|use)\b`,
  String.raw`\b(?:charges?|transactions?|payments?|purchases?|withdrawals?|logins?|orders?)\s+(?:that\s+|which\s+)?(?:i\s+)?(?:didn't|did\s+not|never|don't|do\s+not)\s+(?:make|made|authori[sz]e|recogni[sz]e|place|do)\b`,
  String.raw`\b(?:charges?|transactions?|payments?|purchases?|withdrawals?|logins?|orders?)\b(?:\s+[\w']+){1,6}?\s+(?:that|which)\s+i\s+(?:didn't|did\s+not|never)\s+(?:make|made|authori[sz]e|place|do)\b`,
  String.raw`\b(?:someone|somebody|they|thief|thieves)\s+(?:has\s+|have\s+)?(?:stole|stolen|took|cloned|copied)\s+my\b`,
  String.raw`\b(?:don't|do\s+not|didn't|did\s+not)\s+recogni[sz]e\s+(?:this|these|the|a|an|some|two|three|several)?\s*(?:\w+\s+){0,2}(?:charges?|transactions?|payments?|purchases?|logins?|devices?|activity|orders?|withdrawals?)\b`,
  String.raw`\b(?:stolen|lost)\s+(?:my\s+)?(?:credit\s+|debit\s+|bank\s+)?(?:card|wallet|phone|identity)\b|\b(?:card|phone|wallet|laptop)\s+(?:was|got|has\s+been)\s+stolen\b`,
  String.raw`\b(?:locked|shut)\s+out\b(?:\s+\w+){0,8}\s+(?:after|despite|even\s+though)\s+(?:\w+\s+){0,3}verif\w*|\b(?:password|email|phone\s+number|2fa|two[\s-]factor)\s+(?:was\s+|has\s+been\s+|got\s+)?changed\s+(?:\w+\s+){0,3}(?:without|but\s+i\s+didn't|and\s+i\s+didn't|not\s+by\s+me)\b`,
  String.raw`\bsuspicious\s+(?:\w+\s+)?(?:activity|login|logins|email|emails|transaction|transactions|charge|charges|text|call|link)\b|\b(?:verification|security|login|otp|one[\s-]time)\s+codes?\s+(?:\w+\s+){0,2}(?:i\s+)?(?:didn't|did\s+not|never)\s+(?:request|ask)\w*\b|\bscam(?:med)?\s+(?:me|email|call|text|message|link|website)\b|\bi\s+(?:was|got|have\s+been)\s+scammed\b`,
  String.raw`\b(?:codes?|texts?|emails?|password\s+resets?|reset\s+links?)\b(?:\s+[\w']+){0,6}?\s+(?:but\s+)?i\s+(?:never|didn't|did\s+not|haven't|have\s+not)\s+(?:request|ask(?:ed)?\s+for|sign(?:ed)?\s+up|asked)\w*`,
  // Spanish, French, German
  String.raw`\b(?:hackear\w*|hackead[oa]|pirate[oa]d[oa]|fraude|fraudulent[oa]|robo\s+de\s+identidad|suplantaci[oó]n|cargos?\s+no\s+(?:reconocidos?|autorizados?)|no\s+reconozco\s+(?:est[eao]s?|el|la|los|las)\s+(?:cargos?|compras?|transacci[oó]n\w*|movimientos?)|tarjeta\s+robada|me\s+robaron|acceso\s+no\s+autorizado)\b`,
  String.raw`\b(?:pirat[eé]e?|piratage|fraude|frauduleu(?:x|se)|usurpation\s+d'identit[eé]|carte\s+vol[eé]e|vol\s+de\s+carte|d[eé]bits?\s+non\s+autoris[eé]s?|paiements?\s+non\s+autoris[eé]s?|je\s+ne\s+reconnais\s+pas\s+(?:ce|cette|ces)\s+(?:d[eé]bits?|paiements?|achats?|transactions?|pr[eé]l[eè]vements?)|quelqu'un\s+s'est\s+connect[eé])\b`,
  String.raw`\b(?:gehackt|betrug|betr[uü]gerisch|identit[aä]tsdiebstahl|gestohlen\w*|nicht\s+autorisiert\w*|unbekannte\s+(?:abbuchung|buchung|zahlung)\w*|jemand\s+hat\s+sich\s+(?:in\s+mein\w*\s+)?(?:konto\s+)?eingeloggt|phishing|unberechtigt\w*)\b`,
];

export const LEGAL: readonly string[] = [
  String.raw`\b(?:lawyers?|attorneys?|solicitors?|legal\s+(?:action|team|counsel|proceedings|advice|department)|lawsuits?|class\s+action|sue|suing|court|small\s+claims|litigation|subpoena|cease\s+and\s+desist)\b`,
  String.raw`\b(?:regulators?|ombudsman|ftc|cfpb|fca|bbb|better\s+business\s+bureau|attorney\s+general|trading\s+standards|consumer\s+(?:protection|rights|affairs)\s+(?:agency|office|authority|bureau|department)?|data\s+protection\s+(?:authority|officer|commissioner)|ico|cnil|ombudsperson)\b`,
  String.raw`\b(?:gdpr|ccpa|dsar|data\s+subject\s+(?:access\s+)?request|right\s+to\s+(?:be\s+forgotten|erasure|access)|subject\s+access\s+request|(?:delete|erase|remove|wipe)\s+(?:all\s+)?(?:of\s+)?my\s+(?:personal\s+)?(?:data|information|info|details)|(?:copy|export)\s+of\s+(?:all\s+)?(?:the\s+|my\s+)?(?:personal\s+)?(?:data|information)|(?:personal\s+)?(?:data|information)\s+(?:that\s+)?(?:you|your\s+company)\s+(?:hold|have|keep|store|collect(?:ed)?)\s+(?:about|on)\s+me)\b`,
  String.raw`\b(?:chargeback|charge\s+back|(?:dispute|disputing|reverse|reversing)\s+(?:it|this|the\s+(?:charge|charges|payment|transaction))\s+with\s+my\s+(?:bank|card\s+(?:issuer|company)|credit\s+card\s+company)|(?:call|contact|tell)\s+my\s+bank\s+to\s+(?:reverse|dispute|block))\b`,
  String.raw`\b(?:report|reporting)\s+(?:you|this|your\s+company)\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}(?:authorit\w+|regulator|police|ftc|bbb|consumer|ombudsman|agency)|\b(?:complaint|complain)\s+(?:to|with)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:authorit\w+|regulator|ftc|bbb|cfpb|fca|ombudsman|agency|commission)\b`,
  String.raw`\b(?:abogad[oa]s?|demanda(?:r|ros|rlos)?|denuncia(?:r)?|acciones\s+legales|tribunal(?:es)?|juzgado|protecci[oó]n\s+de\s+datos|rgpd|borr(?:ar|en)\s+(?:todos\s+)?mis\s+datos|derecho\s+al\s+olvido|profeco|consumo|oficina\s+del\s+consumidor)\b`,
  String.raw`\b(?:avocats?|poursui(?:vre|tes)\s+(?:en\s+justice|judiciaires)|porter\s+plainte|action\s+en\s+justice|tribunal|rgpd|cnil|supprim(?:er|ez)\s+(?:toutes\s+)?mes\s+donn[eé]es|droit\s+(?:[aà]\s+l'oubli|d'acc[eè]s)|m[eé]diateur|dgccrf|ufc)\b`,
  String.raw`\b(?:anwalt|anw[aä]ltin|rechtsanwalt|klage|verklagen|rechtliche\s+schritte|gericht|dsgvo|datenschutz\w*|verbraucherzentrale|l[oö]sch(?:en|ung)\s+(?:sie\s+)?(?:aller?\s+)?(?:meiner?\s+)?daten|meine\s+daten\s+l[oö]schen|auskunftsersuchen|schlichtungsstelle|bafin)\b`,
];

/** Money the customer contests: refunds, disputes, overcharges, missing transfers. */
export const MONEY_AT_STAKE: readonly string[] = [
  String.raw`\b(?:refund\w*|reimburs\w*|money\s+back|charge\s*back|over\s*-?charg\w*|double\s*-?\s*charg\w*|charged\s+(?:me\s+)?(?:twice|two\s+times|double|three\s+times|again|for\s+something|wrong|incorrectly|after|even\s+though)|(?:wrong|incorrect|extra|duplicate|unexpected|hidden)\s+(?:\w+\s+)?(?:charge|charges|fee|fees|amount|payment|bill|billing)|dispute\w*|contest\w*|(?:never|didn't|did\s+not|haven't|have\s+not)\s+(?:receive|received|get|got|arrive\w*)\s+(?:\w+\s+){0,3}(?:money|funds|payment|transfer|refund|order|package|item)|(?:money|funds|payment|transfer)\s+(?:\w+\s+){0,3}(?:missing|lost|disappeared|not\s+arrived|never\s+arrived|stuck|deducted|taken)|(?:took|taken|deducted|debited|withdrew|withdrawn)\s+(?:\w+\s+){0,3}(?:from\s+my\s+(?:account|card)|twice)|still\s+(?:being\s+)?charg\w*|charged\s+(?:\w+\s+){0,4}(?:cancel\w*|returned)|(?:sent|transferred|paid|wired)\s+(?:\S+\s+){0,4}(?:to\s+)?(?:the\s+|a\s+)?wrong\s+(?:account|person|recipient|iban|number)|reverse\s+(?:the|a|my|this|that)\s+(?:transfer|payment|transaction|charge|wire))\b`,
  String.raw`\b(?:reembols\w*|devoluci[oó]n\s+(?:del?\s+)?(?:dinero|importe|pago)|cobr(?:o|aron|ado)\s+(?:dos\s+veces|de\s+m[aá]s|doble)|cargo\s+(?:duplicado|indebido|incorrecto)|rembours\w*|d[eé]bit[eé]e?\s+deux\s+fois|factur[eé]e?\s+(?:deux\s+fois|en\s+trop)|pr[eé]l[eè]vement\s+(?:en\s+double|ind[uû])|r[uü]ckerstattung|erstatt\w*|geld\s+zur[uü]ck|doppelt\s+(?:abgebucht|belastet|berechnet)|falsche\s+abbuchung|zu\s+viel\s+berechnet)\b`,
  // es / fr / de, on the normalised text (lower case, accents off)
  String.raw`\b(?:reembols\w*|devoluci\w*|devolver\w*|devuelv\w*|cobr\w*\s+(?:dos\s+veces|de\s+mas|doble|dos\s+cargos)|cargos?\s+(?:duplicado|indebido|no\s+autorizado|de\s+mas)|mi\s+dinero|rembours\w*|debite\w*\s+(?:deux\s+fois|a\s+tort)|preleve\w*\s+(?:deux\s+fois|a\s+tort)|mon\s+argent|erstatt\w*|ruckerstatt\w*|zuruck(?:zahl|erstatt|buch|uberweis)\w*|doppelt\s+(?:abgebucht|belastet|berechnet)|abgebucht|uberwiesen|geld\s+zuruck|mein\s+geld)\b`,
];

/** Outside policy: waive, extend, exception, custom pricing. */
export const POLICY_EXCEPTION: readonly string[] = [
  String.raw`\b(?:refund|return|cancel|exchange)\w*\b[^.?!]{0,60}?\b(?:even\s+though|although|though|after|past|it'?s\s+been|it\s+has\s+been|since)\b[^.?!]{0,30}?\b(?:\d+|thirty|forty|sixty|ninety)\s+(?:days|weeks|months)\b`,
  String.raw`\b(?:waive[sd]?|waiver|waiving|(?:remove|drop|cancel|reverse|refund|forgive|take\s+off)\s+(?:the\s+|this\s+|that\s+|my\s+)?(?:\w+\s+)?(?:fee|fees|charge|penalty|penalties)|make\s+(?:an\s+)?exception|an\s+exception|one[\s-]time\s+exception|as\s+a\s+(?:one[\s-]time\s+)?(?:courtesy|favou?r|goodwill)|goodwill\s+(?:gesture|credit)|bend\s+the\s+rules?)\b`,
  String.raw`\b(?:extend\w*|extension|more\s+time|postpone|push\s+back|delay)\s+(?:\w+\s+){0,4}?(?:deadline|trial|return\s+window|window|period|due\s+date|payment|return|warranty)\b|\bgrace\s+period\b|\b(?:after|past|outside|beyond|missed)\s+(?:the\s+)?(?:\d+|thirty|fourteen|sixty|ninety)?[\s-]*(?:day\s+)?(?:return|refund|cancellation|warranty|trial|grace)?\s*(?:window|period|deadline)\b`,
  String.raw`\b(?:custom|special|better|lower|discounted|loyalty)\s+(?:pricing|price|rate|deal|discount|offer|plan)|price\s+match\w*|match\s+(?:the|their|a)\s+(?:competitor'?s?\s+)?price|(?:give|offer|get)\s+me\s+(?:a|any|some)\s+discount|honou?r\s+the\s+(?:old|previous|original|expired)\s+(?:price|promo|coupon|offer)|expired\s+(?:coupon|promo|voucher|code)\b`,
  String.raw`\b(?:excepci[oó]n|condon(?:ar|en|e)|perdon(?:ar|en)\s+(?:el\s+)?(?:cargo|recargo|la\s+multa)|pr[oó]rroga|ampliar\s+el\s+plazo|m[aá]s\s+plazo|exception|geste\s+commercial|prolong(?:er|ation)\s+(?:le\s+)?d[eé]lai|annul(?:er|ez)\s+les\s+frais|d[eé]lai\s+suppl[eé]mentaire|ausnahme|kulanz\w*|frist\s*verl[aä]ngerung|frist\s+verl[aä]ngern|geb[uü]hr\s+erlassen|erlassen\s+sie)\b`,
];

/** The bot says it cannot do this: a planned escalation. */
export const BOT_CANNOT: readonly string[] = [
  String.raw`\b(?:i\s+(?:can't|cannot|can\s+not|am\s+not\s+able\s+to|'m\s+not\s+able\s+to|am\s+unable\s+to|'m\s+unable\s+to|don't\s+have\s+(?:access|the\s+ability|permission))|(?:this|that)\s+is\s+(?:outside|beyond)\s+(?:what\s+i\s+can|my)|(?:outside|beyond)\s+(?:of\s+)?my\s+(?:scope|capabilities|abilities)|not\s+something\s+i\s+can|only\s+(?:a|an)\s+(?:human|agent|person|specialist|team\s+member)\s+can|(?:let\s+me|i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to)\s+(?:connect|transfer|hand|pass|escalate|route)\s+(?:you|this)|(?:connecting|transferring)\s+you\s+(?:to|with|now)|a\s+(?:human|person|colleague|specialist|agent|team\s+member)\s+will\s+(?:help|take\s+over|join|be\s+with\s+you|contact\s+you))\b`,
  String.raw`\b(?:no\s+puedo|no\s+es\s+posible\s+para\s+m[ií]|te\s+(?:paso|transfiero|comunico)\s+con|je\s+ne\s+peux\s+pas|je\s+vous\s+(?:transf[eè]re|mets\s+en\s+relation)|ich\s+kann\s+(?:das\s+)?nicht|ich\s+verbinde\s+sie)\b`,
];

/** The bot did not understand: the building block of a loop. */
export const BOT_FALLBACK: readonly string[] = [
  String.raw`\b(?:(?:sorry|apologies),?\s+)?i\s+(?:didn't|did\s+not|don't|do\s+not)\s+(?:quite\s+)?(?:understand|get|catch|follow)|i'm\s+not\s+sure\s+(?:i\s+)?(?:understand|what\s+you\s+mean|i\s+follow)|(?:could|can)\s+you\s+(?:please\s+)?(?:rephrase|say\s+(?:that|it)\s+(?:again|differently)|try\s+again|clarify)|i\s+(?:still\s+)?(?:don't|do\s+not)\s+have\s+an\s+answer|i'm\s+(?:still\s+)?learning|please\s+(?:rephrase|try\s+(?:again|rephrasing))|no\s+entiendo|no\s+he\s+entendido|je\s+n'ai\s+pas\s+compris|ich\s+habe\s+(?:das\s+)?nicht\s+verstanden\b`,
];

/** The customer says the conversation goes round in circles. */
export const CUSTOMER_LOOP: readonly string[] = [
  String.raw`\b(?:you\s+(?:already|just)\s+(?:asked|said|told)|i\s+(?:already|just)\s+(?:told|said|gave|answered|explained)|(?:going|go|running|run)\s+(?:around\s+)?in\s+circles|same\s+(?:answer|thing|question|response|message)\s+(?:again|over)|over\s+and\s+over|again\s+and\s+again|you\s+keep\s+(?:saying|asking|sending|repeating)|(?:\w+\s+)?(?:third|fourth|fifth)\s+time\s+(?:i|i've|asking)|(?:i've|i\s+have)\s+(?:asked|said|told\s+you)\s+(?:this\s+)?(?:\w+\s+)?(?:times|already|before)|ya\s+(?:te|se)\s+lo\s+(?:dije|di|he\s+(?:dicho|dado))|ya\s+(?:le|les)\s+(?:dije|di)|je\s+(?:vous\s+)?l'ai\s+d[eé]j[aà]\s+(?:dit|donn[eé])|je\s+viens\s+de\s+(?:vous\s+|te\s+)?le\s+(?:dire|donner)|(?:das|es)\s+habe\s+ich\s+(?:doch\s+|ihnen\s+)?(?:schon|bereits)\s+(?:gesagt|angegeben|genannt|geschrieben)|ich\s+habe\s+(?:es|das|sie|ihn)\s+(?:ihnen\s+)?(?:doch\s+)?(?:schon|bereits)\s+(?:gesagt|angegeben|genannt|gegeben))\b`,
];
