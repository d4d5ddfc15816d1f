import { describe, expect, it } from 'vitest';
import { repairWord } from './fuzzy-words';

describe('typo repair of the words the detectors hinge on', () => {
  it.each([
    ['somneone', 'someone'],
    ['talkiing', 'talking'],
    ['operater', 'operator'],
    ['speakign', 'speaking'],
    ['humna', 'human'],
  ])('repairs %s to %s', (typo, word) => expect(repairWord(typo)).toBe(word));

  // two deletes can meet two edits apart ("take" and "talk" both give "tak"): real words stay as written
  it.each(['take', 'tale', 'speck', 'helm', 'claw', 'tape'])('leaves %s alone', (word) =>
    expect(repairWord(word)).toBe(word),
  );
});
