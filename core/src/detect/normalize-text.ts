import { repairWord } from './fuzzy-words';

const FILLERS = /\b(?:u+m+|u+h+|uhm+|erm+|er|ah+|hmm+|mhm+|mm+)\b[,.]?\s*/g;
const QUOTED_EMAIL = /(?:^|\n)(?:>[^\n]*|On [^\n]{0,200} wrote:[^\n]*)(?=\n|$)/g;
const SIGNATURE = /\n-- ?\n[\s\S]*$/;
const MERGED = /\b(to|with|help|chat|talk|speak)(someone|somebody|anyone|a|an|the)\b/g;
const CHAT_SHORTHAND: Record<string, string> = { u: 'you', ur: 'your', wth: 'with', wanna: 'want to', gonna: 'going to', pls: 'please', plz: 'please', cant: "can't", dont: "don't", doesnt: "doesn't", didnt: "didn't", im: "i'm", ive: "i've", uhelp: 'you help', hlp: 'help', hep: 'help' };

/**
 * Normalises one message for matching: lower case, curly quotes straightened, quoted email replies
 * and signatures cut, voice fillers and stutters removed ("um i want to to talk"), chat shorthand
 * expanded ("u", "wanna"), and typos of the key words repaired. Linear in the text.
 */
export function normalizeText(text: string): string {
  let t = text.length > 50_000 ? text.slice(0, 50_000) : text;
  if (t.includes('\n')) t = t.replace(QUOTED_EMAIL, '\n').replace(SIGNATURE, '');
  t = t.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
  t = t.replace(FILLERS, '');
  const words = t.split(/\s+/);
  const out: string[] = [];
  for (const raw of words) {
    if (raw === '') continue;
    const m = /^([^\p{L}\p{N}']*)([\p{L}\p{N}'’-]*)(.*)$/u.exec(raw);
    const lead = m?.[1] ?? '';
    let core = m?.[2] ?? raw;
    const tail = m?.[3] ?? '';
    const expanded = CHAT_SHORTHAND[core];
    if (expanded !== undefined) core = expanded;
    else if (/^[a-z]+$/.test(core)) core = repairWord(core);
    const word = lead + core + tail;
    if (out.length > 0 && out[out.length - 1] === word && /^[a-z]+$/.test(core)) continue; // "to to", "a a"
    out.push(word);
  }
  return out.join(' ').replace(MERGED, '$1 $2');
}
