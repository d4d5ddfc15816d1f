import type { Priority, ReasonCode } from '../schema/handoff-package';
import type { Language } from '../detect/language';

const WHO: Record<Language, Partial<Record<ReasonCode, string>> & { default: string }> = {
  en: {
    security_risk: 'a member of our security team',
    legal_compliance: 'a colleague from the right team',
    high_value: 'a billing specialist',
    vip_customer: 'a senior member of our team',
    default: 'a member of our support team',
  },
  es: {
    security_risk: 'un miembro de nuestro equipo de seguridad',
    high_value: 'un especialista de facturación',
    default: 'una persona de nuestro equipo de soporte',
  },
  fr: {
    security_risk: 'un membre de notre équipe sécurité',
    high_value: 'un spécialiste de la facturation',
    default: 'une personne de notre équipe support',
  },
  // dative, after "mit"
  de: {
    security_risk: 'einem Mitglied unseres Sicherheitsteams',
    high_value: 'einem Abrechnungsspezialisten',
    default: 'einer Person aus unserem Support-Team',
  },
};

const TEXT: Record<Language, (who: string, urgent: boolean, security: boolean) => string> = {
  en: (who, urgent, security) =>
    `I'm bringing in ${who}. They will see everything we've discussed, so you won't have to repeat yourself. ${urgent ? 'This has been marked urgent; they' : 'They'} will reply here${security ? '. Meanwhile, please don’t share passwords or codes in this chat' : ' as soon as they pick it up'}.`,
  es: (who, urgent, security) =>
    `Le paso con ${who}. Verá todo lo que hemos hablado, así que no tendrá que repetir nada. ${urgent ? 'Está marcado como urgente y' : ''} le responderá aquí${security ? '. Mientras tanto, no comparta contraseñas ni códigos en este chat' : ' en cuanto lo tome'}.`.replace(
      '.  le',
      '. Le',
    ),
  fr: (who, urgent, security) =>
    `Je vous mets en relation avec ${who}. Cette personne verra tout notre échange, vous n'aurez rien à répéter. ${urgent ? 'Votre demande est marquée urgente ; elle' : 'Elle'} vous répondra ici${security ? '. En attendant, ne partagez ni mot de passe ni code dans cette conversation' : ' dès sa prise en charge'}.`,
  de: (who, urgent, security) =>
    `Ich verbinde Sie mit ${who}. Diese Person sieht unser ganzes Gespräch, Sie müssen also nichts wiederholen. ${urgent ? 'Ihr Anliegen ist als dringend markiert; ' : ''}Sie erhalten die Antwort hier${security ? '. Bitte teilen Sie bis dahin keine Passwörter oder Codes im Chat' : ', sobald es übernommen wird'}.`,
};

/** What the bot tells the customer now, in their language: who is joining, that they see everything, what happens next. */
export function composeCustomerMessage(reason: ReasonCode, priority: Priority, language: Language): string {
  const who = WHO[language][reason] ?? WHO[language].default;
  return TEXT[language](who, priority === 'urgent', reason === 'security_risk')
    .replace(/\s{2,}/g, ' ')
    .replace(/ \./g, '.');
}
