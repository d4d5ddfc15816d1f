/**
 * The header lines of the mail a message quotes or forwards: "On Mon, Oct 13, 2025 at 4:46 PM
 * Lakeside Patient Portal <noreply@lakesidemg.org> wrote:", and an Outlook block's "From:" and
 * "Sent:" lines (in the four languages). The quoted body is the earlier thread, not re-read; who
 * wrote it and when are facts the agent can use.
 */
const HEADER_LINE =
  /^[>\s]*(?:(?:On|El|Le|Am)\s[^\n]{0,200}\s(?:wrote|escribi[oó]|a\s[eé]crit|schrieb)[^\n]{0,80}|(?:from|de|von|sent|date|enviado|fecha|envoy[eé]|gesendet|datum)\s?:[^\n]{0,200})$/gim;

/** The quoted mail's header lines of `text`, one a line, or '' when it quotes none. */
export function quotedHeaders(text: string): string {
  if (!text.includes('\n')) return '';
  const lines: string[] = [];
  for (const m of text.matchAll(HEADER_LINE)) lines.push(m[0].replace(/^[>\s]+/, ''));
  return lines.join('\n');
}
