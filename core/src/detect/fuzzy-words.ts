/**
 * Typo repair for the few words the detectors hinge on ("somneone", "talkiing", "speakign",
 * "operater"). A symmetric-delete index (SymSpell, edit distance 1: one insertion, deletion,
 * substitution or adjacent swap) answers in O(word length) per token, with no scan of the vocabulary.
 * Only tokens that are not themselves common words are repaired.
 */
const VOCABULARY = [
  'someone',
  'somebody',
  'person',
  'human',
  'agent',
  'operator',
  'assistant',
  'representative',
  'supervisor',
  'manager',
  'talk',
  'talking',
  'speak',
  'speaking',
  'chat',
  'chatting',
  'contact',
  'contacting',
  'assistance',
  'help',
  'with',
  'complaint',
  'claim',
  'reclamation',
  'customer',
  'live',
  'people',
  'anyone',
  'anybody',
];

/** Real words one edit away from a vocabulary word: never "repaired". */
const KEEP = new Set([
  'that',
  'what',
  'hat',
  'chap',
  'chad',
  'walk',
  'tall',
  'tale',
  'talks',
  'peak',
  'speck',
  'sneak',
  'agents',
  'urgent',
  'aunt',
  'person',
  'persons',
  'prison',
  'humane',
  'human',
  'hum',
  'give',
  'life',
  'line',
  'love',
  'lime',
  'like',
  'lice',
  'hell',
  'held',
  'helm',
  'hemp',
  'kelp',
  'yelp',
  'whelp',
  'wit',
  'wits',
  'wish',
  'withe',
  'contract',
  'contacts',
  'claims',
  'clam',
  'clair',
  'calm',
  'clay',
  'clan',
  'operators',
  'manage',
  'manger',
  'managers',
  'customs',
  'custom',
  'costumer',
  'cheat',
  'cat',
  'char',
  'chart',
  'coat',
  'cash',
  'tack',
  'tank',
  'task',
  'took',
  'told',
  'toll',
  'spear',
  'steak',
  'speaks',
  'bread',
  'pages',
  'agenda',
  'aged',
  'anyon',
  'people',
  'peoples',
  // the same words in Spanish, French and German: never "repaired" into English
  'agente',
  'agentes',
  'persona',
  'personas',
  'personne',
  'humano',
  'humana',
  'humain',
  'humaine',
  'operador',
  'operadora',
  'assistente',
  'asistente',
  'mensch',
  'menschen',
  'chatten',
  'kontakt',
  'contacto',
  'contactar',
  'contacter',
  'hablar',
  'claims',
  'clima',
  'helpen',
  'humanos',
]);

const index = new Map<string, string>();
for (const word of VOCABULARY) {
  index.set(word, word);
  for (const del of deletes(word)) if (!index.has(del)) index.set(del, word);
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** The vocabulary word a token is a typo of, or the token itself. */
export function repairWord(token: string): string {
  if (token.length < 4 || KEEP.has(token)) return token;
  const exact = index.get(token);
  if (exact !== undefined && (exact === token || exact.length === token.length + 1)) return exact;
  for (const del of deletes(token)) {
    const hit = index.get(del);
    // same length (substitution/swap) or one longer (insertion); a shorter vocabulary word must differ by one
    if (hit === undefined || Math.abs(hit.length - token.length) > 1) continue;
    // "agente", "persona": a vocabulary word plus one letter at the end is another word, not a typo
    if (token.length === hit.length + 1 && token.startsWith(hit) && token[token.length - 1] !== token[token.length - 2])
      continue;
    // two deletes meeting ("take" and "talk" both give "tak") can be two edits apart: check it is one
    if ((hit[0] === token[0] || (hit.length === token.length && token.length >= 5)) && oneEditApart(token, hit))
      return hit;
  }
  return token;
}

/** One substitution, adjacent swap, insertion or deletion apart (the distance the index promises). */
function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length) return true;
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
