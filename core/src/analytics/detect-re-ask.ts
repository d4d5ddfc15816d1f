import type { HandoffPackage } from '../schema/handoff-package';

/** Questions an agent asks for a fact; each names the package field that already held it. */
const ASKS: ReadonlyArray<{ field: string; holds: (p: HandoffPackage) => boolean; pattern: RegExp }> = [
  {
    field: 'entities.orderIds',
    holds: (p) => p.entities.orderIds.length > 0,
    pattern:
      /\b(?:(?:what|which)(?:'s| is)?\s+(?:your|the)\s+order\s+(?:number|id|#)|(?:can|could|would)\s+you\s+(?:please\s+)?(?:give|send|share|provide|confirm|tell)\s+(?:me\s+)?(?:your|the)\s+order\s+(?:number|id)|order\s+(?:number|id)\s*\?|n[uú]mero\s+de\s+pedido|num[eé]ro\s+de\s+commande|bestellnummer)/i,
  },
  {
    field: 'entities.emails',
    holds: (p) => p.entities.emails.length > 0 || !!p.customer.email,
    pattern:
      /\b(?:(?:what|which)(?:'s| is)?\s+(?:your|the)\s+e-?mail(?:\s+address)?|(?:can|could|would)\s+you\s+(?:please\s+)?(?:give|send|share|provide|confirm|tell)\s+(?:me\s+)?(?:your|the)\s+e-?mail|e-?mail\s+(?:address\s+)?(?:on\s+(?:the|your)\s+account\s*)?\?|correo\s+electr[oó]nico|(?:adresse\s+)?e-?mail\s*\?|e-?mail-?adresse)/i,
  },
  {
    field: 'entities.phones',
    holds: (p) => p.entities.phones.length > 0 || !!p.customer.phone,
    pattern:
      /\b(?:(?:what|which)(?:'s| is)?\s+(?:your|the)\s+(?:phone|mobile|cell)(?:\s+number)?|(?:your|a)\s+(?:phone|contact)\s+number\s*\?|n[uú]mero\s+de\s+tel[eé]fono|num[eé]ro\s+de\s+t[eé]l[eé]phone|telefonnummer)/i,
  },
  {
    field: 'entities.accountIds',
    holds: (p) => p.entities.accountIds.length > 0 || !!p.customer.id,
    pattern:
      /\b(?:(?:what|which)(?:'s| is)?\s+(?:your|the)\s+(?:account|customer|member)\s+(?:number|id)|(?:account|customer)\s+(?:number|id)\s*\?|n[uú]mero\s+de\s+cuenta|num[eé]ro\s+(?:de\s+)?client|kundennummer)/i,
  },
  {
    field: 'entities.errorCodes',
    holds: (p) => p.entities.errorCodes.length > 0,
    pattern:
      /\b(?:what\s+(?:error|message)\s+(?:do|did|are)\s+you\s+(?:see|get|getting)|(?:which|what)\s+error(?:\s+(?:code|message))?|(?:send|share)\s+(?:me\s+)?(?:a\s+)?screenshot\s+of\s+the\s+error|qu[eé]\s+error|quel(?:le)?\s+(?:message\s+d')?erreur|welche\s+fehlermeldung)/i,
  },
  {
    field: 'attempted',
    holds: (p) => p.attempted.length > 0,
    pattern:
      /\b(?:what\s+have\s+you\s+(?:already\s+)?tried|have\s+you\s+(?:already\s+)?tried|did\s+you\s+(?:try|already\s+try)|have\s+you\s+(?:restarted|reset|cleared|reinstalled)|qu[eé]\s+ha\s+(?:intentado|probado)|avez-vous\s+(?:d[eé]j[aà]\s+)?essay[eé]|qu'avez-vous\s+essay[eé]|haben\s+sie\s+(?:schon|bereits)\s+(?:versucht|probiert))/i,
  },
  {
    field: 'summary',
    holds: (p) => p.summary.length > 0,
    pattern:
      /\b(?:how\s+can\s+i\s+help(?:\s+you)?(?:\s+today)?|what\s+(?:seems\s+to\s+be|is)\s+the\s+(?:problem|issue)|what\s+can\s+i\s+(?:do|help)\s+(?:for|with)|en\s+qu[eé]\s+puedo\s+ayudar|comment\s+puis-je\s+vous\s+aider|wie\s+kann\s+ich\s+(?:ihnen\s+)?helfen)/i,
  },
];

/**
 * The fields the agent's first reply asks the customer for although the package already held them
 * ("what's your order number?" when entities.orderIds had one). English, Spanish, French, German.
 */
export function detectReAsk(reply: string, pkg: HandoffPackage): string[] {
  const text = reply.slice(0, 5000);
  return ASKS.filter((a) => a.holds(pkg) && a.pattern.test(text)).map((a) => a.field);
}
