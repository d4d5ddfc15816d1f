import { describe, expect, it } from 'vitest';
import { redactText } from './redact';
import { isPasswordBeyondDoubt, looksLikePassword } from './redact-password';

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

describe('a password set off later in the clause that names it', () => {
  it.each([
    ["The password is definitely right, Kx9!moonpie, so it's not that.", 'Kx9!moonpie'],
    ['the password is correct: Blue#bird7. Still locked out', 'Blue#bird7'],
    ['password definitely correct - Tr0ub4dor&3 - and still no luck', 'Tr0ub4dor&3'],
    ['I changed my password to Summer!2025 last night', 'Summer!2025'],
    [
      'Para que podáis entrar, la contraseña del usuario admin de pruebas es Adm1n#Sevilla2026 (ya sé que no debería mandarla así).',
      'Adm1n#Sevilla2026',
    ],
    ['cambié la contraseña a Perro#2024 y sigue sin funcionar', 'Perro#2024'],
    ["c'est fait, j'ai changé mon mdp en Lapin!2025 et j'ai activé la 2FA.", 'Lapin!2025'],
    ['le mot de passe est bon, c’est Soleil_44, donc ce n’est pas ça', 'Soleil_44'],
    ['Ich habe das Passwort auf Sommer!2025 geändert, geht trotzdem nicht', 'Sommer!2025'],
  ])('%s', (text, secret) => {
    const out = redacted(text);
    expect(out).not.toContain(secret);
    expect(out.split('[redacted:password]')).toHaveLength(2);
  });

  it('keeps the rest of the sentence', () => {
    expect(redacted("The password is definitely right, Kx9!moonpie, so it's not that.")).toBe(
      "The password is definitely right, [redacted:password], so it's not that.",
    );
  });

  it.each([
    'I keep my password in 1Password, is that safe?',
    'I changed my password to something longer, still fails',
    'after the password reset, I get SAML_INVALID_AUDIENCE',
    'password reset done, ticket ORD-55123',
    'I reset my password, my email is ana.lopez88@gmail.com',
    'the password is fine, see https://example.com/Reset?id=4',
    'cambié la contraseña en 2024 y no me acuerdo',
    "j'ai changé mon mdp en ligne hier, toujours bloqué",
    'Das Passwort ist richtig. Fehler E-4012 kommt trotzdem, Version v2.3.1',
    'my password is right.\nYour order: Ab3!xyz9 was the promo I used',
  ])('no password later in the clause: %s', (text) => expect(redacted(text)).toBe(text));

  it.each([
    ['Kx9!moonpie', true],
    ['Lapin!2025', true],
    ['Adm1n#Sevilla2026', true],
    ['moonpie', false],
    ['ORD-55123', false],
    ['SAML_INVALID_AUDIENCE', false],
    ['2025', false],
    ['ana.lopez88@gmail.com', false],
    ['v2.3.1', false],
  ])('made like a password beyond doubt, %s: %s', (value, shaped) => expect(isPasswordBeyondDoubt(value)).toBe(shaped));
});

describe('a password said in the past in French', () => {
  it("l'ancien mdp c'etait Trottinette75! au cas ou", () => {
    const out = redactText("yanis.b93@gmail.com. l'ancien mdp c'etait Trottinette75! au cas ou");
    expect(JSON.stringify(out)).not.toContain('Trottinette75');
  });
});
