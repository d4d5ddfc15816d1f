import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createZendeskSandbox } from '../src/sandbox/zendesk-sandbox';

describe("the sandbox Zendesk's rate limit", () => {
  it('answers 429 with Retry-After past the limit of its window, and keeps every served request for the benchmark', async () => {
    const sandbox = createZendeskSandbox({ rateLimitPerMinute: 3, rateWindowMs: 300 });
    const app = express().use('/api/v2', sandbox.router);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await request(app).get('/api/v2/ticket_fields.json')).status);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const limited = await request(app).get('/api/v2/ticket_fields.json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 350));
    expect((await request(app).get('/api/v2/ticket_fields.json')).status).toBe(200);
    expect(sandbox.requestTimes).toHaveLength(4);
    expect(sandbox.throttled()).toBe(3);
  });
});
