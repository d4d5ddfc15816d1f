import { allMatches } from './all-matches';
import { gated } from './literal-gate';

const PRODUCT_NAMED = gated(
  /\b((?:[A-Z][\w+]*[\s-]){1,3}(?:plan|subscription|membership|account|card|tier|edition|license|licence|package|bundle))\b/g,
);
const PRODUCT_OF = gated(
  /\b(?:my|the|a|an|our)\s+((?:[A-Z][\w+-]*\s?){1,3}(?:\d+\w*)?)(?=\s+(?:app|device|phone|laptop|router|model|tablet|watch|printer|camera|console|tv|speaker)\b)/g,
);
/** A named product after buying it: "I ordered the AirPods Pro", "returned my Galaxy S23". */
const PRODUCT_BOUGHT = gated(
  /\b(?:bought|ordered|purchased|received|returned|returning|got|upgraded\s+to)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|two\s+|\d+\s+)?([A-Z][a-z]*[A-Z][\w+-]*(?:\s+(?:[A-Z][\w+-]*|\d+\w*)){0,3}|[A-Z][\w+-]*(?:\s+(?:[A-Z][\w+-]*|\d+\w*)){1,3})/g,
);
/**
 * A product named after buying it in Spanish, French or German ("compré un iPhone 15 Pro", "j'ai acheté
 * un MacBook Air", "ich habe ein iPhone 15 gekauft"): only product-shaped names (iX, CamelCase, a name
 * and a number), since German writes every noun with a capital.
 */
const PRODUCT_SHAPE = String.raw`(?:i[A-Z][\w+-]*|[A-Z][a-z]*[A-Z][\w+-]*|[A-Z][\w+-]*(?=\s+\d))(?:\s+(?:[A-Z][\w+-]*|\d+\w*)){0,3}`;
const PRODUCT_BOUGHT_OTHER = gated(
  new RegExp(
    String.raw`(?:compr[eé]|ped[ií]|devolv[ií]|recib[ií]|achet[eé]|commandé|re[cç]u|retourn[eé])\s+(?:(?:un|una|el|la|mi|le|une|mon|ma)\s+)?(${PRODUCT_SHAPE})|(?:ein(?:e|en)?|das|die|den|mein(?:e|en)?)\s+(${PRODUCT_SHAPE})\s+(?:gekauft|bestellt|erhalten|zur[uü]ckgeschickt)`,
    'g',
  ),
);
/** Devices customers name by brand and model ("my iPhone 15 Pro Max", "AirPods Pro 2", "Galaxy S23"). */
const PRODUCT_DEVICE = gated(
  /\b((?:i(?:Phone|Pad|Mac|Pod)|AirPods|MacBook|PlayStation|Xbox|Kindle|Pixel|Galaxy|ThinkPad|Chromebook|Surface|Roku|Nintendo\s+Switch|Apple\s+Watch|Fire\s+TV|Dyson)(?:\s+(?:\d{1,4}[a-z]?|Pro|Max|Plus|Ultra|Mini|mini|Air|SE|Lite|XL|Fold\d?|Flip\d?|Series\s+\d+|S\d{1,2}|Z\d?|Note\s*\d*|V\d{1,2}|One|X|Gen\s*\d))*)(?![\w-])/g,
);
const PRODUCT_STOP = new Set([
  'The',
  'My',
  'A',
  'An',
  'I',
  'Our',
  'Your',
  'This',
  'That',
  'Hi',
  'Hello',
  'Please',
  'Thanks',
  'Order',
  'Credit',
  'Debit',
  'Gift',
  'New',
  'Same',
  'Other',
  'Different',
]);

/** The product names of one text, in order: plans and tiers, devices, things bought. */
export function productNamesOf(t: string): string[] {
  const names: string[] = [];
  if (!/[A-Z]/.test(t)) return names;
  for (const m of [
    ...allMatches(PRODUCT_NAMED, t),
    ...allMatches(PRODUCT_OF, t),
    ...allMatches(PRODUCT_BOUGHT, t),
    ...allMatches(PRODUCT_BOUGHT_OTHER, t),
    ...allMatches(PRODUCT_DEVICE, t),
  ]) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const first = name.split(/\s+/)[0] ?? '';
    if (name.length < 3 || PRODUCT_STOP.has(first)) continue;
    // "CMD-2024-88123" is an id, not a product
    if (/^[A-Z0-9-]+$/.test(name) && /\d{3,}/.test(name)) continue;
    names.push(name);
  }
  return names;
}
