import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { looksLikePassword } from './redact-password';

const redacted = (text: string) => redactText(text).text;

describe('a password typed into a sentence', () => {
  it.each([
    ['the password i use is Bluebird#1987 and it worked last week', 'Bluebird#1987'],
    ['my old password was Tr0ub4dor&3 if that helps', 'Tr0ub4dor&3'],
    ['the password for the app is blueBird', 'blueBird'],
    ['my password is chocolate', 'chocolate'],
    ['password: hunter', 'hunter'],
    ['password Hunter22 does not work', 'Hunter22'],
    ['la contraseña que uso es Perro123, no sé qué pasa', 'Perro123'],
    ['mi clave es Gato2020', 'Gato2020'],
    ["mon mot de passe c'est Marseille13! si ça peut aider", 'Marseille13!'],
    ['mon mdp est Soleil2024', 'Soleil2024'],
    ['mon mot de passe actuel est chaton99', 'chaton99'],
    ['Mein altes Passwort war Sommer2025! vielleicht hilft das ja', 'Sommer2025!'],
    ['Das Passwort, das ich benutze, ist Blume77', 'Blume77'],
    ['mein Kennwort lautet Winter#22', 'Winter#22'],
  ])('%s', (text, secret) => {
    const out = redacted(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('[redacted:password]');
  });

  it('keeps the words around the password', () => {
    expect(redacted('didnt get it. the password i use is Bluebird#1987 and it worked last week')).toBe(
      'didnt get it. the password i use is [redacted:password] and it worked last week',
    );
  });
});

describe('words after "password" that are no password are kept', () => {
  it.each([
    'i changed my password too. i want to talk to a real person',
    'i reset my password again',
    'i changed my password yesterday but it still fails',
    'i changed the password and the app still logs me out',
    'my password is wrong.',
    'my password was compromised',
    'my password is not working',
    'the password reset link isn’t working',
    'the password reset link is broken',
    'password recovery',
    'i have a question about my password retrieval',
    'I FORGOT MY PASSWORD HELP',
    "my password don't work",
    'Jemand hat mein Passwort geändert',
    'mi contraseña es incorrecta',
    'la clave es que no funciona',
    "j'ai oublié mon mot de passe hier",
    'mon mot de passe est expiré',
    'das Passwort ist falsch',
  ])('%s', (text) => expect(redacted(text)).toBe(text));
});

describe('what a password looks like', () => {
  it.each([
    ['Bluebird#1987', true],
    ['Hunter22!', true],
    ['blueBird', true],
    ['too.', false],
    ['again', false],
    ['HELP', false],
    ["don't", false],
    ['re-set', false],
  ])('%s: %s', (value, shaped) => expect(looksLikePassword(value)).toBe(shaped));
});
