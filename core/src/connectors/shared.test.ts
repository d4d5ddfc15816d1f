import { describe, expect, it } from 'vitest';
import { channelOf, clampText, finishMessages, htmlToText, idsFor, toIsoTime } from './shared';

describe('connector rules', () => {
  it('timestamps: seconds (float), milliseconds, ISO with offsets or 7 fractional digits, all to UTC ms', () => {
    expect(toIsoTime(1763561010.55, 's')).toBe('2025-11-19T14:03:30.550Z');
    expect(toIsoTime(1763561010)).toBe('2025-11-19T14:03:30.000Z');
    expect(toIsoTime(1763561010550)).toBe('2025-11-19T14:03:30.550Z');
    expect(toIsoTime('2020-02-10T21:51:30.6803197+00:00')).toBe('2020-02-10T21:51:30.680Z');
    expect(toIsoTime('2020-02-10T23:51:30+02:00')).toBe('2020-02-10T21:51:30.000Z');
    expect(toIsoTime('1763561010')).toBe('2025-11-19T14:03:30.000Z');
    for (const bad of ['', 'yesterday', null, undefined, -5, Number.NaN, {}]) expect(toIsoTime(bad)).toBeUndefined();
  });

  it('channels: the shared table, per-install overrides, unknown names read as chat', () => {
    expect(channelOf('whatsapp')).toBe('messaging');
    expect(channelOf('TWILIO')).toBe('sms');
    expect(channelOf('telephony')).toBe('voice');
    expect(channelOf('mailgun')).toBe('email');
    expect(channelOf('twilio', { twilio: 'messaging' })).toBe('messaging');
    expect(channelOf('my-kiosk')).toBe('chat');
    expect(channelOf(undefined)).toBe('chat');
  });

  it('HTML bodies: tags stripped, entities decoded, paragraphs and breaks kept as lines', () => {
    expect(htmlToText('<p>Order <b>#A-1</b> &amp; refund&nbsp;&euro;20</p><p>Thanks<br/>Lena</p>')).toBe(
      'Order #A-1 & refund €20\nThanks\nLena',
    );
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText(`<div>${'x'.repeat(50_000)}</div>`)).toHaveLength(50_000); // linear, no backtracking
  });

  it('messages: empty ones dropped, sorted by time (stable on ties), texts clamped, the most recent kept', () => {
    const out = finishMessages(
      [
        { role: 'bot', text: 'second', at: '2026-01-01T00:00:02.000Z' },
        { role: 'customer', text: '  ', at: '2026-01-01T00:00:00.000Z' },
        { role: 'customer', text: 'first', at: '2026-01-01T00:00:01.000Z' },
        { role: 'customer', text: 'tie', at: '2026-01-01T00:00:02.000Z' },
      ],
      2,
    );
    expect(out.map((m) => m.text)).toEqual(['second', 'tie']);
    expect(clampText('x'.repeat(25_000))).toHaveLength(20_000);
  });

  it('ids: the native id keys the conversation, the marker the escalation', () => {
    expect(idsFor('rasa', 'u1', 'm')).toEqual({ conversationId: 'rasa:u1', handoffKey: 'rasa:u1:m' });
    expect(idsFor('dialogflow-cx', 's1')).toEqual({ conversationId: 'dialogflow-cx:s1' });
    expect(idsFor('rasa', 'x'.repeat(300), 'm').handoffKey).toHaveLength(200);
  });
});
