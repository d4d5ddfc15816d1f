import { allMatches } from './all-matches';
import { gated } from './literal-gate';
import { parseNumberWords } from './number-words';
import { productPhrasesOf } from './product-phrases';

/**
 * Product names: plans, tiers and tariffs, devices and things bought, in the four languages. The
 * shapes, each never across a line break:
 * - a capitalised name before a plan's word ("the Team Plan", "Unlimited Max tariff", "Route Optimizer
 *   module"), or after one in Spanish, French and German ("plan Business", "tarifa Fibra + Móvil 300Mb",
 *   "abonnement Studio+", "Tarif ZahnPlus 90");
 * - a name and a tier word ("Enterprise Plus", "Notewise Pro", "Travel Pass", "Roadway Rewards", "Freebox
 *   Pop", "Visa Premier"), a CamelCase brand with a model or tier ("HomeHub 4", "MagentaZuhause L");
 * - a brand and a model ("Kestrel X2", "JBL Flip 6", "Fibra 600Mb", "Livebox 6"), a name after the kind
 *   of thing it is ("furgoneta Iveco Daily", "Lautsprecher JBL Flip 6");
 * - known devices ("iPhone 15 Pro Max"), a name after buying it ("I ordered the AirPods Pro"), a name
 *   before the device it is ("my Acme Router X200").
 * Never a question word, a greeting, a month or a weekday, a place ("Terminal 2"), or a flight ("PA 2218").
 */

const SP = '[ \\t]+';
const UPPER = 'A-ZÀ-ÖØ-Þ';
/**
 * Letters of the Latin alphabets the four languages write, as classes: the expressions here go without
 * the \`u\` flag, which makes V8 match alternations of words several times slower.
 */
const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ';
const LOWER = 'a-zß-öø-ÿ';
/**
 * Where a name starts: no letter or digit before its first letter. Said after that letter
 * ("[A-Z](?<![A-Za-z\d].)"), so a regular expression looks for the capital first and checks the one
 * character before only there (a look behind at every position costs more than the rest).
 */
const STARTS_WORD = String.raw`(?<![${LETTER}\d].)`;
/** A capitalised word ("Team", "Móvil", "Studio+"). */
const CAP = String.raw`[${UPPER}][${LETTER}\d'’&]*\+?`;
/** A model: a number, maybe with its unit ("6", "600Mb"), or letters and a number ("X2", "S24", "QN90D"). */
const MODEL = String.raw`\d{1,4}(?:Mb|MB|GB|Gb|Go|TB|Mbit)?(?![.,]\d)|[A-Z]{1,3}\d{1,4}[A-Za-z]?`;
const NAME = String.raw`${CAP}(?:${SP}(?:${CAP}|${MODEL}|\+)){0,3}`;
/** A name where a word starts (the check after its capital, see STARTS_WORD). */
const NAME_AT_WORD = String.raw`[${UPPER}]${STARTS_WORD}[${LETTER}\d'’&]*\+?(?:${SP}(?:${CAP}|${MODEL}|\+)){0,3}`;
const TIER =
  'Plus|Pro|Max|Ultra|Premium|Business|Enterprise|Unlimited|Ilimitado|Illimité|Komfort|Pop|Premier|Rewards|Pass|Prime|Mini|Lite';

/**
 * A name before a plan's word, or the word of another thing sold by name: "the Team Plan", "Unlimited
 * Max tariff", "the Notewise Pro monthly plan", "the Junior Explorers session", "the Ultimate Shine wash".
 */
const PLAN_AFTER_NAME = gated(
  new RegExp(
    String.raw`(${NAME_AT_WORD})(?:${SP}(?:monthly|annual|yearly))?${SP}(?:plan|tier|tariff|subscription|membership|package|bundle|edition|licen[cs]e|add-on|module|session|course|class|program|programme|camp|workshop|wash|option|pack|kit|warranty|Plan|Tier|Tariff|Subscription|Membership|Package|Bundle|Edition|Module|Session|Course|Class|Program|Programme|Camp|Workshop|Wash|Option|Pack|Kit|Warranty)(?![${LETTER}-])`,
    'g',
  ),
);
/**
 * A name after a plan's word, as Spanish, French and German put it: "plan Business", "mi plan Max
 * Ilimitado", "la Tarifa Estable", "abonnement Pilot Team", "carte Visa Premier", "forfait cellulaire
 * pour le Illimité 60 Go", "Tarif ZahnPlus 90", "Hausratversicherung Hausrat Komfort"; or after the word
 * of another thing sold by name: "la formule Confort", "le Pack Data Science", "el Bono PT 10", "curso
 * de Excel Avanzado", "Kurs 'Projektmanagement Kompakt'", "Abo auf Premium Glanz", "Kinderpaket Junior
 * Alpin" (a German compound, not "Paket" alone: a parcel). Group 1: the plan's word, 2: the name.
 */
const PLAN_BEFORE_NAME = gated(
  new RegExp(
    String.raw`\b([Pp]lan|[Tt]arifa|[Ff]orfait|[Oo]ffre|[Aa]bonnement|[Aa]bo|[Tt]arif|[Ll]icencia|[Ss]uscripci[oó]n|[Cc]arte|[Kk]arte|[Dd]ep[oó]sito|[Vv]ersicherung|[Ff]ormule|[Pp]ack|[Pp]aquete|[Bb]ono|[Pp]ase|[Cc]urso|[Cc]ours|[Kk]urs|[Mm]odul|[Oo]ption|[Oo]pci[oó]n|[A-ZÄÖÜ][a-zäöüß]+paket)(?:(?:${SP}[${LOWER}]+){0,2}${SP}(?:de|del|le|la|el|du|au|al|der|die|das|den|auf|zum|zur|to))?(?:${SP}|${SP}(?:de|du|pour|para)${SP}l['’]|${SP}l['’])(?:['"«„“‘][ \t]?)?(${NAME})`,
    'g',
  ),
);
/** An account named by its tier: "a Premium account", "the Gold account" (not "Mortgage account"). */
const TIER_ACCOUNT = gated(
  /\b((?:Premium|Pro|Plus|Gold|Silver|Bronze|Platinum|Freemium|Business|Enterprise|Basic|Family|Student|Premier|Elite|VIP)[ \t]+account)(?![a-zß-öø-ÿ])/g,
);
/** A name with its tier: "Enterprise Plus", "Notewise Pro", "Travel Pass", "Roadway Rewards", "Unlimited Max". */
const NAME_TIER = gated(
  new RegExp(
    String.raw`([${UPPER}]${STARTS_WORD}[${LOWER}]+(?:${SP}[${UPPER}][${LOWER}]+)?${SP}(?:${TIER})(?:${SP}(?:${TIER}|${MODEL}))?)(?![${LETTER}\d])`,
    'g',
  ),
);
/** A CamelCase brand with a model or a tier: "HomeHub 4", "ShopFast Plus", "MagentaZuhause L", "BlueCross PPO". */
const CAMEL_MODEL = gated(
  new RegExp(
    String.raw`([A-Z]${STARTS_WORD}[a-z]+[A-Z][${LETTER}]*(?:${SP}(?:${MODEL}|${TIER}|[B-HJ-Z](?![${LETTER}\d])|[A-Z]{2,4}(?![${LETTER}\d]))){1,2})(?![${LETTER}\d])`,
    'g',
  ),
);
/**
 * A model in letters and a number, maybe with a series after a dot or a dash and a few letters more
 * ("X2", "QN90D", "CX7.90", "M7-173", "GT32WPP").
 */
const LETTERS_MODEL = String.raw`[A-Z]{1,3}\d{1,4}(?:[.-]\d{1,4}(?![.,]?\d))?[A-Za-z]{0,3}`;
/**
 * A brand and a model: "Kestrel X2", "New Holland CX7.90", "Kubota M7-173", "Runfast 3", "JBL Flip 6", "Fibra 600Mb", "Dyson V15 Detect".
 * Group 1: the brand's words, 2: the model, 3: a tier after it.
 */
const BRAND_MODEL = gated(
  new RegExp(
    String.raw`((?:[A-Z]${STARTS_WORD}[A-Z]{1,4}|[${UPPER}]${STARTS_WORD}[${LOWER}]+)(?:${SP}[${UPPER}][${LOWER}]+)?)${SP}(${LETTERS_MODEL}|\d{1,4}(?:Mb|MB|GB|Gb|Go|TB|Mbit)?)(?![${LETTER}\d.,'’/:°%-]|[.,]\d)(?:${SP}(${TIER}|Detect|Edition)(?![${LETTER}\d]))?`,
    'g',
  ),
);
/**
 * A name after the kind of thing it is, as Spanish, French and German put it: "furgoneta Iveco Daily",
 * "zapatillas Runfast 3", "aspirateur Dyson V15 Detect", "Lautsprecher JBL Flip 6".
 */
const KIND_THEN_NAME = gated(
  new RegExp(
    String.raw`\b(?:furgoneta|coche|moto|camioneta|zapatillas|m[oó]vil|tel[eé]fono|port[aá]til|ordenador|televisor|consola|c[aá]mara|auriculares|altavoz|lavadora|nevera|aspiradora|reloj|impresora|voiture|camion|camionnette|baskets|chaussures|t[eé]l[eé]phone|ordinateur|t[eé]l[eé]viseur|tablette|console|cam[eé]ra|ecouteurs|enceinte|aspirateur|montre|imprimante|manteau|Auto|Wagen|Transporter|Handy|Smartphone|Laptop|Fernseher|Tablet|Konsole|Kamera|Kopfh[oö]rer|Lautsprecher|Staubsauger|Waschmaschine|Drucker|Router)${SP}(${CAP}(?:${SP}(?:${CAP}|${MODEL})){1,2}|${CAP}${SP}(?:${MODEL}))(?![${LETTER}\d])`,
    'g',
  ),
);
/** A name before the device it is: "my Acme Router X200", "the Samsung 65 TV". */
const PRODUCT_OF = gated(
  /\b(?:my|the|a|an|our)[ \t]+((?:[A-Z][\w+-]*[ \t]?){1,3}(?:\d+\w*)?)(?=[ \t]+(?:device|phone|laptop|router|model|tablet|watch|printer|camera|console|tv|speaker)\b)/g,
);
/** A named product after buying it: "I ordered the AirPods Pro", "returned my Galaxy S23". */
const PRODUCT_BOUGHT = gated(
  /\b(?:bought|ordered|purchased|received|returned|returning|got|upgraded[ \t]+to)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|my[ \t]+|our[ \t]+|two[ \t]+|\d+[ \t]+)?([A-Z][a-z]*[A-Z][\w+-]*(?:[ \t]+(?:[A-Z][\w+-]*|\d+\w*)){0,3}|[A-Z][\w+-]*(?:[ \t]+(?:[A-Z][\w+-]*|\d+\w*)){1,3})/g,
);
/**
 * A product named after buying it in Spanish, French or German ("compré un iPhone 15 Pro", "j'ai acheté
 * un MacBook Air", "j'ai commandé un Kanuk Boréal", "ich habe ein iPhone 15 gekauft"): only product-shaped
 * names (iX, CamelCase, a name and a number; two capitalised words in Spanish and French), since German
 * writes every noun with a capital.
 */
const PRODUCT_SHAPE = String.raw`(?:i[A-Z][\w+-]*|[A-Z][a-z]*[A-Z][\w+-]*|[A-Z][\w+-]*(?=[ \t]+\d))(?:[ \t]+(?:[A-Z][\w+-]*|\d+\w*)){0,3}`;
const PRODUCT_BOUGHT_OTHER = gated(
  new RegExp(
    String.raw`(?:compr[eé]|ped[ií]|devolv[ií]|recib[ií]|achet[eé]|commandé|re[cç]u|retourn[eé])[ \t]+(?:(?:un|una|unas|unos|el|la|mi|le|une|mon|ma)[ \t]+)?(${PRODUCT_SHAPE}|[${UPPER}][${LOWER}]+[ \t]+[${UPPER}][${LOWER}]+)|(?:ein(?:e|en)?|das|die|den|mein(?:e|en)?)[ \t]+(${PRODUCT_SHAPE})[ \t]+(?:gekauft|bestellt|erhalten|zur[uü]ckgeschickt)`,
    'g',
  ),
);
/**
 * Makers whose products people name by make and model: vehicles, farm machines, appliances ("Honda
 * CR-V EX-L", "VW Tiguan", "Peugeot e-208", "Cupra Born", "Kubota M7-173", "Fendt 724 Vario", "Samsung
 * Bespoke", "Siemens iQ500"). Written as they are capitalised; "Seat" also means a seat, so it needs a
 * capitalised model ("Seat Ateca", not "Seat 12A").
 */
const MAKE =
  'Honda|Toyota|Ford|Chevrolet|Chevy|Nissan|Hyundai|Kia|Mazda|Subaru|Tesla|BMW|Audi|VW|Volkswagen|Mercedes|Porsche|Volvo|Jeep|Dodge|Lexus|Peugeot|Renault|Citro[eë]n|Seat|Cupra|[SŠ]koda|Fiat|Opel|Dacia|John Deere|Kubota|Fendt|Claas|New Holland|Massey Ferguson|Case IH|Deutz-Fahr|Valtra|Samsung|Siemens|Bosch|Miele|Whirlpool|Electrolux|Philips|Lenovo|Canon|Nikon|Garmin|Fitbit|Trek';
/** A make and its model: capitalised words, a number, or a letter and a number ("e-208", "iQ500"). */
const MAKE_MODEL = gated(
  new RegExp(
    String.raw`\b(${MAKE})((?:${SP}(?:[${UPPER}][${LETTER}\d]*(?:-[${LETTER}\d]+)*|[a-z]{1,2}-?\d{2,4}[A-Za-z]?|\d{1,4}[A-Za-z]?)(?![${LETTER}\d])){1,3})`,
    'g',
  ),
);
/**
 * The same makes in a voice transcript, in lower case, and the word after ("cupra born", "siemens iq500",
 * "fendt siebenhundertvierundzwanzig"); not "seat" nor "trek", everyday words said so.
 */
const MAKE_SPOKEN = gated(
  new RegExp(
    String.raw`(?<![\p{L}])(${MAKE.replace(/\|(?:Seat|Trek|Case IH)(?=\|)/g, '').toLowerCase()})(?:\s+([\p{L}\d-]+))?`,
    'gu',
  ),
);
/** English number words: a model said in them ("fifty seventy five e") is no one number. */
const SPOKEN_UNIT =
  /^(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;
/** Words after a make said that are no model: linking words and verbs in the four languages. */
const NOT_A_MODEL =
  /^(?:and|or|the|a|an|is|was|has|had|that|which|it|i|we|from|for|with|in|on|at|to|und|oder|ist|war|hat|seit|von|mit|im|am|der|die|das|y|o|es|que|de|del|en|con|et|ou|est|qui|du|le|la|avec|dealer|support|service|store|customer|app)$/;

/** Devices customers name by brand and model ("my iPhone 15 Pro Max", "AirPods Pro 2", "Galaxy S23"). */
const DEVICE = String.raw`(?:i(?:Phone|Pad|Mac|Pod)|AirPods|MacBook|PlayStation|Xbox|Kindle|Pixel|Galaxy|ThinkPad|Chromebook|Surface|Roku|Nintendo\s+Switch|Apple\s+Watch|Fire\s+TV|Dyson)(?:\s+(?:\d{1,4}[a-z]?|Pro|Max|Plus|Ultra|Mini|mini|Air|SE|Lite|XL|Fold\d?|Flip\d?|Series\s+\d+|S\d{1,2}|Z\d?|Note\s*\d*|V\d{1,2}|One|X|Gen\s*\d))*`;
const PRODUCT_DEVICE = gated(new RegExp(String.raw`\b(${DEVICE})(?![\w-])`, 'g'));
/** The same devices in a voice transcript, in lower case and with the number in words ("iphone sixteen pro"). */
const DEVICE_SPOKEN = gated(
  /\b((?:iphone|ipad|airpods|macbook|playstation|xbox|kindle|pixel|galaxy|roku|chromebook)(?:\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|\d{1,2}|pro|max|plus|ultra|mini|air|lite|s\d{1,2}))*)\b/g,
);
/** A plan named in a voice transcript, in lower case: "the student plan", "the unlimited plus plan", "the fibermax five hundred plan". */
const PLAN_SPOKEN = gated(/\b(?:the|my|our|on)\s+((?:[a-z]+\s+){0,3}?[a-z]+)\s+plan\b/g);
/**
 * A name and its tier said in lower case after an article, in the four languages ("die securahome pro",
 * "the chef pro"); not after a word that is no name ("the same max", "a real pro"). Group 1: the name.
 */
const NAME_TIER_SPOKEN = gated(
  /\b(?:the|my|our|your|a|an|die|der|das|den|dem|meine[nm]?|unsere[nm]?|el|la|mi|le|mon|ma)\s+([a-z]{3,}\s+(?:pro|max|plus|ultra|mini|lite|deluxe))\b/g,
);
/** Words a plan said in lower case does not start with: what any plan can be ("the same plan", "a prepaid plan"). */
const PLAN_SPOKEN_STOP = new Set(
  'same new old current other different whole right wrong better best cheaper cheapest expensive monthly annual yearly weekly payment data phone cell mobile cellular internet service billing repayment installment instalment this that your my our their his her free paid trial regular normal usual full entire original previous next last first second whatever any some every each cheap lower higher bigger smaller upgraded downgraded existing shared individual personal group prepaid postpaid contract insurance health dental retirement savings pension meal diet treatment care action backup business family basic standard current'.split(
    ' ',
  ),
);
/** Words before a tier that make it praise or a size, no name ("a real pro", "the size max"). */
const NOT_A_NAME_SPOKEN = /^(?:real|total|true|such|very|big|size|speed|volume|price|budget|tarjeta|carte|karte)\s/;
// "basic" and "standard" plans do name a product in a capitalised text ("the Basic plan"); said in lower
// case they are as often the words themselves, so only a longer name that starts with them counts
PLAN_SPOKEN_STOP.delete('basic');
PLAN_SPOKEN_STOP.delete('standard');

/** Words a product's name does not start with: articles, pronouns, question words, greetings, verbs that open a sentence. */
const STOP = new Set(
  `The My A An I Our Your Their His Her Its This That These Those Which What Whose Who How Why When Where Any Every Each Some No All
Hi Hello Hey Dear Please Thanks Thank Regards Best Cheers Yes Yeah No Ok Okay Sorry Also And Or But So If Then Just Only
Order Credit Debit Gift New Same Other Different Old Current Cheaper Another Mortgage Customer Support Billing Sales Service
Cancel Upgrade Downgrade Change Switch Add Remove Keep Get Buy Renew Is Are Was Were Do Does Did Can Could Will Would Should Have Has
In On At By For From To With Of About Around After Before Since Until Over Under Like Than Per Via Re Fwd Subject
Hola Gracias Buenas Buenos Saludos Hace Desde Hasta Durante Con Sin Para Por En Los Las El La Un Una Unos Unas Mi Mis Tu Su Sus Mis Nuestro
Bonjour Merci Salut Cordialement Depuis Pendant Avec Sans Pour Par Dans Les Le Des Mon Ma Mes Ton Son Sa Ses Il Elle Ils On Nous Vous Je Ce Cette
Hallo Danke Grüße Seit Vor Bis Um Ab Nach Am Im Über Unter Mit Für Von Zu Bei Ca Etwa Nur Noch Schon Fast Knapp Rund Ich Wir Sie Er Es Du Der Die Das Den Dem Ein Eine Einen Mein Meine Unser Ihr Ihre`.split(
    /\s+/,
  ),
);
/** Months and weekdays (four languages, with short forms): a date, never a product ("November 7th", "Mai 2025"). */
const CALENDAR =
  /^(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|j[äa]nner|m[äa]rz|juni|juli|oktober|dezember|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|today|tomorrow|yesterday)$/i;
/** Words before a number that make it a place, a count or a document's part, not a model ("Terminal 2", "Flight 2218", "Seite 3"). */
const NOT_A_BRAND =
  /^(?:flight|room|gate|terminal|seat|row|step|stage|phase|part|page|chapter|section|article|paragraph|clause|item|question|option|version|year|week|day|month|season|episode|volume|number|no|nr|case|claim|ticket|invoice|account|policy|card|zone|area|region|district|ward|grade|class|group|level|floor|suite|apt|unit|building|platform|track|route|highway|interstate|exit|bus|train|line|street|st|avenue|ave|road|rd|lane|drive|way|court|plan|tier|covid|windows|ios|android|macos|http|https|api|sms|pin|cvv|otp|iso|top|under|over|error|code|status|contract|policy|airport|stadium|cinema|theat(?:er|re)|mall|cent(?:er|re)|station|park|plaza|hall|hotel|hospital|school|university|college|church|library|museum|boulevard|blvd|square|vertrag|contrato|contrat|police|fehler|erreur|c[oó]digo|vuelo|calle|avenida|planta|piso|puerta|p[aá]gina|cap[ií]tulo|art[ií]culo|l[ií]nea|cuenta|pedido|factura|reserva|vol|rue|porte|salle|[ée]tage|ligne|compte|commande|facture|flug|zimmer|raum|tor|stock|seite|kapitel|artikel|abschnitt|nummer|endung|ending|gmbh|bestellung|rechnung|kunde|konto|gleis|linie|stra(?:ß|ss)e|\p{L}+(?:stra(?:ß|ss)e|weg|platz|gasse|allee|nummer))$/iu;
/** Words a number is a quantity of ("3 weeks", "12 Lizenzen", "2 fois"), not a model's. */
const QUANTITY_AFTER =
  /^[ \t]*(?:%|€|\$|£)|^[ \t]+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|times?|items?|people|persons?|users?|seats?|lines?|licen[cs]es?|percent|euros?|dollars?|pounds?|bucks|points?|pieces?|tage?n?|wochen|monate?n?|jahre?n?|stunden|minuten|mal|uhr|lizenzen|nutzer|personen|st[üu]ck|d[ií]as|semanas|meses|a[ñn]os|horas|minutos|veces|personas|usuarios|l[ií]neas|jours|semaines|mois|ans|heures|fois|personnes|utilisateurs|lignes)(?![\p{L}])/iu;
/** The short forms of things that are no brand ("HTTP 429", "PA 2218" is a flight, "IT Team"). */
const ACRONYM_STOP = new Set(
  'API HTTP HTTPS SMS PDF ATM IBAN BIC SWIFT CVV OTP PIN VIP FAQ URL USA UK EU US IT HR CEO CFO CTO VP DHL UPS USPS SSO SAML ONT ISP VPN ID ETA CET CEST PST EST UTC GMT HIPAA GDPR RGPD DSGVO VAT IVA TVA ACH SSN DOB TV PC OK ER IRS BBB'.split(
    ' ',
  ),
);
/**
 * Before a company's own name ("Thanks for calling Vertex Business", "Welcome to Skyline Fiber", "Hi,
 * this is FlixNow", a signature's "Finance Lead | BrightPath Learning").
 */
const COMPANY_BEFORE =
  /(?:calling|contacting|welcome\s+to|choosing|reached|reaching\s+out\s+to|writing\s+to|here\s+at|team\s+at|from\s+the|this\s+is|\|)\s+$/i;
/** After a company's own name: its support, its team, its legal form ("MyCareLink Support", "BestMart Inc."). */
const COMPANY_AFTER =
  /^[ \t]+(?:support|team|customer|service|services|help|inc|ltd|llc|gmbh|ag|sa|corp|group|bank|kundenservice|kundendienst|soporte|equipo|servicio|assistance|équipe)(?![\p{L}])/iu;
/**
 * A CamelCase word alone ("WashClub", "SnowKey", "MathSprout", "QuickBooks"): a brand's way of writing
 * its name, so a product, app or service; not two short forms run together ("BaFin", "IdNr"), part of
 * a user name ("NightOwl_Reyes"), a surname that writes its particle so ("McDonald", "MacKenzie"), nor
 * the company itself (see COMPANY_BEFORE and COMPANY_AFTER).
 */
const CAMEL_WORD = gated(
  new RegExp(String.raw`[A-Z]${STARTS_WORD}[a-z]{2,}[A-Z][a-z]+(?:[A-Z][a-z]+)?(?![${LETTER}\d@'’_-])`, 'g'),
);
const SURNAME_PARTICLE = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St|Fitz)(?=[A-Z])/;

const words = (name: string) => name.split(/[ \t]+/);

/**
 * Whether what follows a bare number makes it a count or a span, not a model: a unit ("das Ding 2 km
 * schieben"), a noun in capitals as German writes it or an acronym ("heute Nacht 3 SMS", "GmbH 15
 * Fixdesks"; a tier is a model's: "Notewise 2 Pro"), or a range ("Mo–Fr 6–14 Uhr").
 */
function countOf(after: string): boolean {
  if (/^[–—]\d/.test(after)) return true;
  if (/^[ \t]+(?:km|mi|m|cm|mm|kg|g|l|ml|h|min|std|kwh|kw)(?![\p{L}\d])/iu.test(after)) return true;
  const next = /^[ \t]+([A-ZÀ-ÖØ-Þ][\p{L}]*)/u.exec(after)?.[1];
  return next !== undefined && !TIER_WORD.test(next) && !/^(?:Detect|Edition)$/.test(next);
}

/** Whether the word at `index` opens a sentence: only white space between it and the text's start or a ".", "!", "?", ":" or line break. */
function opensSentence(t: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (t[i] === ' ' || t[i] === '\t')) i--;
  return i < 0 || '.!?:\n\r'.includes(t[i]!);
}

/** The name from its first word that may start one ("Hi Team Plan": "Team Plan"); '' when none does. */
function trimmed(name: string): string {
  let rest = name.trim();
  for (
    let first = /^\S+/.exec(rest)?.[0];
    first && (STOP.has(first) || CALENDAR.test(first));
    first = /^\S+/.exec(rest)?.[0]
  )
    rest = rest.slice(first.length).trimStart();
  return rest;
}

/** The product names of one text, in order: plans and tiers, brands and models, devices, things bought. */
export function productNamesOf(t: string): string[] {
  const names: string[] = [];
  if (!/[A-Z]/.test(t)) {
    spokenProducts(t, names);
    productPhrasesOf(t, names);
    return names;
  }
  for (const m of allMatches(TIER_ACCOUNT, t)) addName(names, m[1]);
  // the name with its plan's word ("Team Plan", "Unlimited Max tariff"), from its first word that may start one
  for (const m of allMatches(PLAN_AFTER_NAME, t)) {
    const name = trimmed(m[1]!);
    if (name) addName(names, m[0].slice(m[1]!.length - name.length));
  }
  for (const m of allMatches(PLAN_BEFORE_NAME, t)) {
    // "Plan B" is a figure of speech; a name after a plan's word has two letters at least
    if (STOP.has(words(m[2]!)[0]!) || /^\p{L}(?![\p{L}\d+])/u.test(m[2]!)) continue;
    // "la Tarifa Estable": a Spanish or French plan's word with a capital mid-sentence is part of the name
    // (a German noun has one anyway: "Tarif ZahnPlus 90")
    const ownWord =
      /^(?:Tarifa|Plan|Forfait|Offre|Dep[oó]sito|Formule|Pack|Paquete|Bono|Option|Opci[oó]n)$/u.test(m[1]!) &&
      !opensSentence(t, m.index);
    addName(names, ownWord ? `${m[1]} ${m[2]}` : m[2]);
  }
  // cheap checks first: most texts have no tier word, no CamelCase word and no digit
  if (TIER_WORD.test(t))
    for (const m of allMatches(NAME_TIER, t))
      if (!COMPANY_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index))) addName(names, m[1], 2);
  if (/[a-z][A-Z]/.test(t))
    for (const m of allMatches(CAMEL_MODEL, t)) {
      const [first, ...rest] = words(m[1]!);
      const last = rest.at(-1)!;
      if (ACRONYM_STOP.has(last) || COMPANY_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "die Nordwerk GmbH 15 Fixdesks": a legal form and a count
      const end = m.index + m[0].length;
      if (NOT_A_BRAND.test(first!) || (/^\d+$/.test(last) && countOf(t.slice(end, end + 20)))) continue;
      addName(names, m[1], 2);
    }
  if (/[a-z][A-Z]/.test(t))
    for (const m of allMatches(CAMEL_WORD, t)) {
      const end = m.index + m[0].length;
      if (
        SURNAME_PARTICLE.test(m[0]) ||
        COMPANY_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) ||
        COMPANY_AFTER.test(t.slice(end, end + 20))
      )
        continue;
      addName(names, m[0]);
    }
  if (/\d/.test(t)) for (const m of allMatches(BRAND_MODEL, t)) addBrandModel(t, m, names);
  for (const m of allMatches(KIND_THEN_NAME, t))
    if (!words(m[1]!).some((w) => NOT_A_BRAND.test(w))) addName(names, m[1]);
  for (const m of [
    ...allMatches(PRODUCT_OF, t),
    ...allMatches(PRODUCT_BOUGHT, t),
    ...allMatches(PRODUCT_BOUGHT_OTHER, t),
  ])
    addName(names, m[1] ?? m[2]);
  for (const m of allMatches(PRODUCT_DEVICE, t)) addName(names, m[1]);
  for (const m of allMatches(MAKE_MODEL, t)) {
    // the model up to a word no name goes on with ("Samsung Support", "Honda Civic And ...")
    const model: string[] = [];
    for (const w of words(m[2]!.trim())) {
      if (STOP.has(w) || CALENDAR.test(w) || COMPANY_AFTER.test(` ${w}`)) break;
      model.push(w);
    }
    // "the Honda Accord 3 weeks ago": a count after the model
    const end = m.index + m[0].length;
    if (model.length > 1 && /^\d+$/.test(model.at(-1)!) && QUANTITY_AFTER.test(t.slice(end, end + 20))) model.pop();
    if (model.length === 0 || (m[1] === 'Seat' && !/^[A-Z][a-z]/.test(model[0]!))) continue;
    addName(names, `${m[1]} ${model.join(' ')}`);
  }
  productPhrasesOf(t, names);
  return names;
}
const TIER_WORD = new RegExp(String.raw`\b(?:${TIER})(?![${LETTER}])`);

/**
 * Adds `name` from its first word that may start one, when it is a product's: not a date in it, three
 * characters and `minWords` words at least, a capital or a digit first ("iPhone" too), not an id's code.
 */
function addName(names: string[], name: string | undefined, minWords = 1): void {
  if (name === undefined || words(name).some((w) => CALENDAR.test(w))) return;
  // a closing quote is no part of it ("den Kurs 'Projektmanagement Kompakt'")
  const n = trimmed(name).replace(/['’]+$/, '');
  if (n.length < 3 || !/^(?:[\p{Lu}\d]|i[A-Z])/u.test(n) || words(n).length < minWords) return;
  // "CMD-2024-88123" is an id, not a product
  if (/^[A-Z0-9-]+$/.test(n) && /\d{3,}/.test(n)) return;
  names.push(n);
}

function addBrandModel(t: string, m: RegExpExecArray, names: string[]): void {
  // a word no name starts with before the brand is not part of it ("The Kestrel X2"; "New Holland CX7.90"
  // reads "Holland CX7.90", the model still named)
  const brand = words(m[1]!);
  if (brand.length > 1 && STOP.has(brand[0]!)) brand.shift();
  const model = m[2]!;
  if (brand.some((w) => STOP.has(w) || CALENDAR.test(w) || NOT_A_BRAND.test(w) || ACRONYM_STOP.has(w))) return;
  // "PA 2218", "HTTP 429": letters in capitals and a bare number are a flight or a code
  if (brand.length === 1 && /^[A-Z]+$/.test(brand[0]!) && /^\d+$/.test(model)) return;
  // "Booking 3 bus tickets", "Confirming 2 passengers": a verb opening the sentence and a count
  if (brand.length === 1 && /^\d+$/.test(model) && opensSentence(t, m.index)) return;
  if (/^(?:19|20)\d{2}$/.test(model)) return; // a year: "Summer 2025"
  const end = m.index + m[0].indexOf(model, m[1]!.length) + model.length;
  if (/^\d+$/.test(model) && (QUANTITY_AFTER.test(t.slice(end, end + 20)) || countOf(t.slice(end, end + 20)))) return;
  const after = m[3] && !STOP.has(m[3]) && !CALENDAR.test(m[3]) ? ` ${m[3]}` : '';
  addName(names, `${brand.join(' ')} ${model}${after}`, 2);
}

/** Products in a text with no capital letter (voice): known devices, and plans named before "plan". */
function spokenProducts(t: string, names: string[]): void {
  for (const m of allMatches(DEVICE_SPOKEN, t)) {
    const name = withDigits(m[1]!);
    if (/\s/.test(name)) names.push(name);
  }
  for (const m of allMatches(MAKE_SPOKEN, t)) {
    const [make, model] = [m[1]!, m[2]];
    if (model === undefined || NOT_A_MODEL.test(model)) continue;
    // the model said in English number words is no one number ("john deere fifty seventy five e"): the
    // make alone, which the name starts with
    if (SPOKEN_UNIT.test(model)) {
      names.push(make);
      continue;
    }
    // a number in one German word is the model's ("fendt siebenhundertvierundzwanzig": fendt 724)
    const value = /\d/.test(model) ? undefined : parseNumberWords(model);
    names.push(`${make} ${value ?? model}`);
  }
  for (const m of allMatches(NAME_TIER_SPOKEN, t))
    if (!PLAN_SPOKEN_STOP.has(m[1]!.split(/\s+/)[0]!) && !NOT_A_NAME_SPOKEN.test(m[1]!)) names.push(m[1]!);
  for (const m of allMatches(PLAN_SPOKEN, t)) {
    const name = m[1]!.replace(/^(?:(?:the|my|our|a|an)\s+)+/, '');
    if (PLAN_SPOKEN_STOP.has(name.split(/\s+/)[0]!)) continue;
    if ((name === 'basic' || name === 'standard') && !/\s/.test(name)) continue;
    names.push(`${withDigits(name)} plan`);
  }
}

/** A name with its number words as digits ("fibermax five hundred": "fibermax 500"). */
function withDigits(name: string): string {
  const parts = name.split(/\s+/);
  for (let k = 0; k < parts.length; k++) {
    const value = parseNumberWords(parts.slice(k).join(' '));
    if (value !== undefined && k > 0) return `${parts.slice(0, k).join(' ')} ${value}`;
  }
  for (let k = parts.length - 1; k > 0; k--) {
    const value = parseNumberWords(parts.slice(1, k + 1).join(' '));
    if (value !== undefined) return [parts[0], value, ...parts.slice(k + 1)].join(' ');
  }
  return name;
}
