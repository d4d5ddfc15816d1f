import type { Amount, HandoffPackage } from '../schema/handoff-package';

/**
 * Grounding: what the model says must be in the transcript. Identifiers (order and account ids,
 * error codes, emails, amounts) are looked up in a normalised copy of the (redacted) transcript;
 * one that is not there was invented and is dropped.
 */
export class Ground {
  private readonly alnum: string;
  private readonly lower: string;
  private readonly amountValues: Set<number>;

  constructor(pkg: HandoffPackage) {
    const text = [
      ...pkg.transcript.map((m) => `${m.at ?? ''} ${m.text}`),
      ...Object.values(pkg.customer).map((v) =>
        typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v ?? ''),
      ),
      ...pkg.attempted.map((a) => a.step),
    ].join('\n');
    this.lower = text.toLowerCase();
    this.alnum = alnum(text);
    this.amountValues = new Set(pkg.entities.amounts.map((a) => a.value));
  }

  /** An identifier (id, error code, email) occurs in the transcript, ignoring case and punctuation. */
  hasId(value: string): boolean {
    const v = value.trim().toLowerCase();
    if (!v) return false;
    if (v.includes('@')) return this.lower.includes(v);
    const key = alnum(v);
    return key.length > 0 && this.alnum.includes(key);
  }

  hasAmount(amount: Amount): boolean {
    if (this.amountValues.has(amount.value)) return true;
    const plain = Number.isInteger(amount.value) ? String(amount.value) : String(amount.value).replace(/0+$/, '');
    return plain.length > 0 && this.alnum.includes(alnum(plain));
  }

  /** The identifier-like tokens of a free text (ids, amounts, emails, codes) that are not in the transcript. */
  inventedTokens(text: string): string[] {
    const invented: string[] = [];
    for (const token of identifierTokens(text)) {
      const asNumber = Number(token.replace(/,/g, ''));
      if (this.hasId(token) || (Number.isFinite(asNumber) && this.amountValues.has(asNumber))) continue;
      invented.push(token);
    }
    return invented;
  }

  /** A quote counts as evidence when its words occur in the transcript. */
  hasQuote(quote: string): boolean {
    const words = quote
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (words.length < 3) return false;
    return this.lower.replace(/[^\p{L}\p{N}]+/gu, ' ').includes(words);
  }
}

function alnum(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}#_\-./,]*[\p{L}\p{N}]|\p{N}/gu;

/**
 * Tokens of a free text that name something specific: emails, anything with three or more digits
 * (order ids, amounts, phone numbers, dates), snake_case error codes and hex codes.
 */
export function identifierTokens(text: string): string[] {
  const tokens: string[] = [...(text.match(EMAIL) ?? [])];
  const rest = text.replace(EMAIL, ' ');
  for (const raw of rest.match(TOKEN) ?? []) {
    const token = raw
      .replace(/[.,]+$/, '')
      .replace(/\.0+$/, '')
      .replace(/[.,]00$/, '');
    const digits = token.replace(/\D/g, '').length;
    if (digits >= 3 || /^[a-z]+(?:_[a-z0-9]+)+$/i.test(token) || /^0x[0-9a-f]+$/i.test(token)) tokens.push(token);
  }
  return tokens;
}
