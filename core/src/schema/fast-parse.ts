import { isoDateTimeSchema, type HandoffEvent } from './handoff-event';

/**
 * A fast path in front of the zod schema for the common, well-formed event: plain objects holding
 * only the contract's fields, every value of the right type and within its limits. It returns what
 * `handoffEventSchemaWith(limits).parse(input)` returns for such an event (new objects, keys in the
 * schema's order, `channel` defaulted), and `undefined` for anything else (an unknown or undefined
 * field, customer attributes, a value out of range, any invalid input), which then goes to zod, so
 * results and error messages stay zod's. Keep in step with handoff-event.ts (the equivalence is
 * tested in fast-parse.test.ts).
 */
type Obj = Record<string, unknown>;

const DATETIME: RegExp | undefined =
  (isoDateTimeSchema as unknown as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern instanceof RegExp
    ? ((isoDateTimeSchema as unknown as { _zod: { def: { pattern: RegExp } } })._zod.def.pattern as RegExp)
    : undefined;

const CHANNELS = new Set(['chat', 'voice', 'email', 'sms', 'messaging']);
const ROLES = new Set(['customer', 'bot', 'agent', 'system']);
const STATUSES = new Set(['succeeded', 'failed', 'pending']);
const REQUESTERS = new Set(['customer', 'bot', 'rule']);

const EVENT_KEYS = new Set([
  'conversationId',
  'handoffKey',
  'channel',
  'locale',
  'customer',
  'messages',
  'bot',
  'handoff',
  'zendesk',
]);
const CUSTOMER_KEYS = new Set(['id', 'name', 'email', 'phone', 'tier', 'accountStatus', 'lifetimeValue']);
const MESSAGE_KEYS = new Set(['role', 'text', 'at']);
const BOT_KEYS = new Set(['name', 'intent', 'confidence', 'actions']);
const ACTION_KEYS = new Set(['name', 'status', 'detail', 'at']);
const HANDOFF_KEYS = new Set(['requestedBy', 'note']);
const ZENDESK_KEYS = new Set(['ticketId']);

/** A plain object whose own keys are all in `allowed` and hold defined values. */
function plain(value: unknown, allowed: Set<string>): value is Obj {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k in value) {
    if (!Object.prototype.hasOwnProperty.call(value, k)) return false;
    if (!allowed.has(k) || (value as Obj)[k] === undefined) return false;
  }
  return Object.getOwnPropertySymbols(value).length === 0;
}

const str = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const has = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const datetime = (v: unknown) =>
  typeof v === 'string' && DATETIME !== undefined && ((DATETIME.lastIndex = 0), DATETIME.test(v));

/** Copies the optional string fields present in `from`, checked, in the given order; false if one fails. */
function copyStrings(from: Obj, to: Obj, fields: ReadonlyArray<readonly [string, number, number]>): boolean {
  for (const [k, min, max] of fields) {
    if (!has(from, k)) continue;
    if (!str(from[k], min, max)) return false;
    to[k] = from[k];
  }
  return true;
}

export function parseEventFast(
  input: unknown,
  limits: { maxMessages: number; maxMessageChars: number },
): HandoffEvent | undefined {
  if (!plain(input, EVENT_KEYS)) return undefined;
  const out: Obj = {};
  if (!str(input.conversationId, 1, 200)) return undefined;
  out.conversationId = input.conversationId;
  if (has(input, 'handoffKey')) {
    if (!str(input.handoffKey, 1, 200)) return undefined;
    out.handoffKey = input.handoffKey;
  }
  if (has(input, 'channel')) {
    if (typeof input.channel !== 'string' || !CHANNELS.has(input.channel)) return undefined;
    out.channel = input.channel;
  } else out.channel = 'chat';
  if (has(input, 'locale')) {
    if (!str(input.locale, 2, 35)) return undefined;
    out.locale = input.locale;
  }
  if (has(input, 'customer')) {
    const c = input.customer;
    if (!plain(c, CUSTOMER_KEYS)) return undefined;
    const customer: Obj = {};
    const ok = copyStrings(c, customer, [
      ['id', 1, 200],
      ['name', 1, 200],
      ['email', 0, 320],
      ['phone', 0, 64],
      ['tier', 1, 64],
      ['accountStatus', 0, 64],
    ]);
    if (!ok) return undefined;
    if (has(c, 'lifetimeValue')) {
      const v = c.lifetimeValue;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return undefined;
      customer.lifetimeValue = v;
    }
    out.customer = customer;
  }
  const messages = input.messages;
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > limits.maxMessages) return undefined;
  const outMessages: Obj[] = new Array(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const m: unknown = messages[i];
    if (!plain(m, MESSAGE_KEYS)) return undefined;
    if (typeof m.role !== 'string' || !ROLES.has(m.role) || !str(m.text, 0, limits.maxMessageChars)) return undefined;
    if (has(m, 'at')) {
      if (!datetime(m.at)) return undefined;
      outMessages[i] = { role: m.role, text: m.text, at: m.at };
    } else outMessages[i] = { role: m.role, text: m.text };
  }
  out.messages = outMessages;
  if (has(input, 'bot')) {
    const b = input.bot;
    if (!plain(b, BOT_KEYS)) return undefined;
    const bot: Obj = {};
    if (
      !copyStrings(b, bot, [
        ['name', 0, 200],
        ['intent', 0, 200],
      ])
    )
      return undefined;
    if (has(b, 'confidence')) {
      const v = b.confidence;
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) return undefined;
      bot.confidence = v;
    }
    if (has(b, 'actions')) {
      const actions = b.actions;
      if (!Array.isArray(actions) || actions.length > 500) return undefined;
      const outActions: Obj[] = new Array(actions.length);
      for (let i = 0; i < actions.length; i++) {
        const a: unknown = actions[i];
        if (!plain(a, ACTION_KEYS)) return undefined;
        if (!str(a.name, 1, 200) || typeof a.status !== 'string' || !STATUSES.has(a.status)) return undefined;
        const action: Obj = { name: a.name, status: a.status };
        if (has(a, 'detail')) {
          if (!str(a.detail, 0, 2000)) return undefined;
          action.detail = a.detail;
        }
        if (has(a, 'at')) {
          if (!datetime(a.at)) return undefined;
          action.at = a.at;
        }
        outActions[i] = action;
      }
      bot.actions = outActions;
    }
    out.bot = bot;
  }
  if (has(input, 'handoff')) {
    const h = input.handoff;
    if (!plain(h, HANDOFF_KEYS)) return undefined;
    const handoff: Obj = {};
    if (has(h, 'requestedBy')) {
      if (typeof h.requestedBy !== 'string' || !REQUESTERS.has(h.requestedBy)) return undefined;
      handoff.requestedBy = h.requestedBy;
    }
    if (!copyStrings(h, handoff, [['note', 0, 2000]])) return undefined;
    out.handoff = handoff;
  }
  if (has(input, 'zendesk')) {
    const z = input.zendesk;
    if (!plain(z, ZENDESK_KEYS)) return undefined;
    if (typeof z.ticketId !== 'number' || !Number.isSafeInteger(z.ticketId) || z.ticketId <= 0) return undefined;
    out.zendesk = { ticketId: z.ticketId };
  }
  return out as unknown as HandoffEvent;
}
