import express, { type Request, type Response, type Router } from 'express';

type Ticket = {
  id: number;
  url: string;
  external_id: string | null;
  subject: string;
  status: string;
  priority: string | null;
  tags: string[];
  custom_fields: Array<{ id: number; value: unknown }>;
  requester_id: number | null;
  assignee_id: number | null;
  group_id: number | null;
  created_at: string;
  updated_at: string;
};
type Comment = { id: number; author_id: number; body: string; html_body: string; public: boolean; created_at: string };
type User = { id: number; name: string; email: string; role: 'end-user' | 'agent' | 'admin' };
type Field = {
  id: number;
  title: string;
  type: string;
  active: boolean;
  custom_field_options?: Array<{ id: number; name: string; value: string }>;
};

export type ZendeskSandbox = {
  router: Router;
  tickets: Map<number, Ticket>;
  comments: Map<number, Comment[]>;
  users: Map<number, User>;
  fields: Map<number, Field>;
  /** Requests served, for the benchmark's "no request above the limit" check. */
  requestTimes: number[];
  /** Requests allowed per window (a minute unless `windowMs` scales it down). */
  setRateLimit(perWindow: number | undefined, windowMs?: number): void;
  /** 429s answered so far. */
  throttled(): number;
};

/** How long Zendesk remembers an idempotency key (two hours). */
const IDEMPOTENCY_WINDOW_MS = 2 * 60 * 60 * 1000;
const IDEMPOTENCY_KEYS = 50_000;

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A local stand-in of exactly the Zendesk endpoints Baton uses, in Zendesk's shapes, kept in memory,
 * so node-zendesk (pointed here with `endpointUri`) runs end to end with no account. Mounted at
 * /sandbox/zendesk/api/v2. Optional rate limit: 429 with Retry-After, as Zendesk answers.
 */
export function createZendeskSandbox(
  options: {
    baseUrl?: string;
    rateLimitPerMinute?: number;
    rateWindowMs?: number;
    agents?: Array<{ name: string; email: string }>;
  } = {},
): ZendeskSandbox {
  const tickets = new Map<number, Ticket>();
  /** external_id -> ticket ids, so the adapter's lookup costs what Zendesk's indexed filter does, not a scan. */
  const byExternalId = new Map<string, Set<number>>();
  const indexExternal = (t: Ticket, before: string | null) => {
    if (before === t.external_id) return;
    if (before !== null) byExternalId.get(before)?.delete(t.id);
    if (t.external_id !== null) {
      const set = byExternalId.get(t.external_id) ?? new Set<number>();
      set.add(t.id);
      byExternalId.set(t.external_id, set);
    }
  };
  const comments = new Map<number, Comment[]>();
  const users = new Map<number, User>();
  const fields = new Map<number, Field>();
  const requestTimes: number[] = [];
  /** The requests served in the current window: what the limit counts. */
  const windowTimes: number[] = [];
  let limit = options.rateLimitPerMinute;
  /** The limit's window: a minute, as Zendesk; shorter to scale a benchmark down. */
  let windowMs = options.rateWindowMs ?? 60_000;
  let throttled = 0;
  let nextId = 1000;
  const id = () => ++nextId;
  for (const a of options.agents ?? [
    { name: 'Alex Agent', email: 'agent@example.com' },
    { name: 'Sam Support', email: 'sam@example.com' },
  ]) {
    const u: User = { id: id(), name: a.name, email: a.email, role: 'agent' };
    users.set(u.id, u);
  }
  const base = options.baseUrl ?? '';
  const now = () => new Date().toISOString();

  const router = express.Router();
  router.use(express.json({ limit: '2mb' }));
  router.use((req: Request, res: Response, next) => {
    const t = Date.now();
    if (limit) {
      while (windowTimes.length && windowTimes[0]! < t - windowMs) windowTimes.shift();
      if (windowTimes.length >= limit) {
        throttled++;
        const retryAfter = Math.max(1, Math.ceil((windowTimes[0]! + windowMs - t) / 1000));
        res
          .status(429)
          .set('Retry-After', String(retryAfter))
          .json({ error: 'APIRateLimitExceeded', description: 'Rate limit exceeded' });
        return;
      }
    }
    if (limit) windowTimes.push(t);
    requestTimes.push(t);
    if (requestTimes.length > 100_000) requestTimes.splice(0, 50_000);
    next();
  });

  const userFor = (requester: { email?: string; name?: string } | undefined): number | null => {
    if (!requester?.email) return null;
    const found = [...users.values()].find((u) => u.email === requester.email);
    if (found) return found.id;
    const u: User = { id: id(), name: requester.name ?? requester.email, email: requester.email, role: 'end-user' };
    users.set(u.id, u);
    return u.id;
  };

  const applyUpdate = (t: Ticket, body: Record<string, unknown>) => {
    if (typeof body.subject === 'string') t.subject = body.subject;
    if (typeof body.priority === 'string') t.priority = body.priority;
    if (typeof body.status === 'string') t.status = body.status;
    if (body.external_id !== undefined) {
      const before = t.external_id;
      t.external_id = body.external_id as string;
      indexExternal(t, before);
    }
    if (Array.isArray(body.tags)) t.tags = [...new Set(body.tags as string[])];
    if (Array.isArray(body.additional_tags)) t.tags = [...new Set([...t.tags, ...(body.additional_tags as string[])])];
    if (body.group_id !== undefined) t.group_id = body.group_id as number;
    if (body.assignee_id !== undefined) t.assignee_id = body.assignee_id as number | null;
    if (typeof body.assignee_email === 'string')
      t.assignee_id = [...users.values()].find((u) => u.email === body.assignee_email)?.id ?? t.assignee_id;
    if (Array.isArray(body.custom_fields)) {
      for (const f of body.custom_fields as Array<{ id: number; value: unknown }>) {
        const i = t.custom_fields.findIndex((x) => x.id === f.id);
        if (i >= 0) t.custom_fields[i] = f;
        else t.custom_fields.push(f);
      }
    }
    const comment = body.comment as { body?: string; html_body?: string; public?: boolean } | undefined;
    if (comment) {
      const list = comments.get(t.id) ?? [];
      list.push({
        id: id(),
        author_id: t.requester_id ?? 0,
        html_body: comment.html_body ?? comment.body ?? '',
        body: comment.body ?? textOf(comment.html_body ?? ''),
        public: comment.public ?? true,
        created_at: now(),
      });
      comments.set(t.id, list);
    }
    t.updated_at = now();
  };

  const notFound = (res: Response) => res.status(404).json({ error: 'RecordNotFound', description: 'Not found' });

  /** Ticket creations by `Idempotency-Key`, kept for Zendesk's window. */
  const idempotent = new Map<string, { payload: string; ticketId: number; at: number }>();
  router.get('/tickets.json', (req, res) => {
    const ext = req.query.external_id;
    const list = (
      typeof ext === 'string' ? [...(byExternalId.get(ext) ?? [])].map((id) => tickets.get(id)!) : [...tickets.values()]
    ).sort((a, b) => b.id - a.id);
    res.json({ tickets: list, next_page: null, previous_page: null, count: list.length });
  });
  router.post('/tickets.json', (req, res) => {
    const body = (req.body?.ticket ?? {}) as Record<string, unknown>;
    // Zendesk's idempotency: the same key answers with the first ticket (the same payload) or 400 (another)
    const key = req.get('idempotency-key');
    const payload = JSON.stringify(req.body ?? {});
    const earlier = key ? idempotent.get(key) : undefined;
    if (earlier && Date.now() - earlier.at < IDEMPOTENCY_WINDOW_MS) {
      if (earlier.payload !== payload)
        return res.status(400).json({
          error: 'IdempotentRequestError',
          description: 'Idempotency-Key was used with a different payload',
        });
      res.set('x-idempotency-lookup', 'hit');
      return res.status(201).json({ ticket: tickets.get(earlier.ticketId), audit: { ticket_id: earlier.ticketId } });
    }
    const t: Ticket = {
      id: id(),
      url: '',
      external_id: null,
      subject: '',
      status: 'new',
      priority: null,
      tags: [],
      custom_fields: [],
      requester_id: userFor(body.requester as { email?: string; name?: string }),
      assignee_id: null,
      group_id: null,
      created_at: now(),
      updated_at: now(),
    };
    t.url = `${base}/tickets/${t.id}.json`;
    applyUpdate(t, body);
    tickets.set(t.id, t);
    if (key) {
      idempotent.set(key, { payload, ticketId: t.id, at: Date.now() });
      // oldest first (insertion order): the stand-in keeps a bounded number of keys
      if (idempotent.size > IDEMPOTENCY_KEYS) idempotent.delete(idempotent.keys().next().value!);
      res.set('x-idempotency-lookup', 'miss');
    }
    res.status(201).json({ ticket: t, audit: { id: id(), ticket_id: t.id } });
  });
  router.get('/tickets/:id.json', (req, res) => {
    const t = tickets.get(Number(req.params.id));
    return t ? res.json({ ticket: t }) : notFound(res);
  });
  router.put('/tickets/:id.json', (req, res) => {
    const t = tickets.get(Number(req.params.id));
    if (!t) return notFound(res);
    applyUpdate(t, (req.body?.ticket ?? {}) as Record<string, unknown>);
    res.json({ ticket: t, audit: { id: id(), ticket_id: t.id } });
  });
  router.get('/tickets/:id/comments.json', (req, res) => {
    if (!tickets.has(Number(req.params.id))) return notFound(res);
    res.json({ comments: comments.get(Number(req.params.id)) ?? [], next_page: null, previous_page: null });
  });
  router.get('/ticket_fields.json', (_req, res) =>
    res.json({ ticket_fields: [...fields.values()], next_page: null, previous_page: null }),
  );
  router.post('/ticket_fields.json', (req, res) => {
    const body = (req.body?.ticket_field ?? {}) as Partial<Field> & {
      custom_field_options?: Array<{ name: string; value: string }>;
    };
    if (!body.title || !body.type)
      return res.status(422).json({ error: 'RecordInvalid', description: 'title and type are required' });
    const f: Field = {
      id: id(),
      title: body.title,
      type: body.type,
      active: true,
      ...(body.custom_field_options
        ? { custom_field_options: body.custom_field_options.map((o) => ({ name: o.name, value: o.value, id: id() })) }
        : {}),
    };
    fields.set(f.id, f);
    res.status(201).json({ ticket_field: f });
  });
  router.get('/users/search.json', (req, res) => {
    const q = String(req.query.query ?? '');
    const email = /^email:(.+)$/.exec(q)?.[1];
    const list = [...users.values()].filter((u) =>
      email ? u.email.toLowerCase() === email.toLowerCase() : u.name.toLowerCase().includes(q.toLowerCase()),
    );
    res.json({ users: list, next_page: null, previous_page: null, count: list.length });
  });
  router.get('/users/:id.json', (req, res) => {
    const u = users.get(Number(req.params.id));
    return u ? res.json({ user: u }) : notFound(res);
  });

  return {
    router,
    tickets,
    comments,
    users,
    fields,
    requestTimes,
    setRateLimit: (n, w) => {
      limit = n;
      if (w) windowMs = w;
    },
    throttled: () => throttled,
  };
}
