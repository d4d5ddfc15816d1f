import type { Language } from '../detect/language';
import { intentPhrase } from './describe';

type Topic = Record<Language, string>;

/**
 * The built-in intents as an agent would name them in a sentence: English after "about", Spanish after
 * "sobre", French with its "de" ("au sujet du double prélèvement"), German with its "zu" in the dative
 * ("Ihr Gespräch zur doppelten Abbuchung").
 */
const TOPICS: Record<string, Topic> = {
  'billing.double_charge': {
    en: 'the double charge',
    es: 'el cargo duplicado',
    fr: 'du double prélèvement',
    de: 'zur doppelten Abbuchung',
  },
  'billing.refund': { en: 'your refund', es: 'su reembolso', fr: 'de votre remboursement', de: 'zu Ihrer Erstattung' },
  'billing.payment_failed': {
    en: 'the declined payment',
    es: 'el pago rechazado',
    fr: 'du paiement refusé',
    de: 'zur abgelehnten Zahlung',
  },
  'billing.payment_methods': {
    en: 'your payment method',
    es: 'su método de pago',
    fr: 'de votre moyen de paiement',
    de: 'zu Ihrer Zahlungsmethode',
  },
  'billing.unexpected_charge': {
    en: 'the unexpected charge',
    es: 'el cargo inesperado',
    fr: 'du prélèvement inattendu',
    de: 'zur unerwarteten Abbuchung',
  },
  'billing.invoice': { en: 'your invoice', es: 'su factura', fr: 'de votre facture', de: 'zu Ihrer Rechnung' },
  'subscription.cancel': {
    en: 'cancelling your subscription',
    es: 'la cancelación de su suscripción',
    fr: 'de la résiliation de votre abonnement',
    de: 'zur Kündigung Ihres Abonnements',
  },
  'subscription.change': {
    en: 'changing your plan',
    es: 'el cambio de su plan',
    fr: 'du changement de votre formule',
    de: 'zum Wechsel Ihres Tarifs',
  },
  'order.damaged': {
    en: 'the damaged item',
    es: 'el artículo dañado',
    fr: "de l'article endommagé",
    de: 'zum beschädigten Artikel',
  },
  'order.change': {
    en: 'changing your delivery address',
    es: 'el cambio de dirección de envío',
    fr: "du changement d'adresse de livraison",
    de: 'zur Änderung Ihrer Lieferadresse',
  },
  'order.return': { en: 'your return', es: 'su devolución', fr: 'de votre retour', de: 'zu Ihrer Rücksendung' },
  'order.tracking': { en: 'your delivery', es: 'su entrega', fr: 'de votre livraison', de: 'zu Ihrer Lieferung' },
  'shipping.options': { en: 'shipping', es: 'los envíos', fr: 'de la livraison', de: 'zum Versand' },
  'account.login': {
    en: 'signing in to your account',
    es: 'el acceso a su cuenta',
    fr: 'de la connexion à votre compte',
    de: 'zur Anmeldung bei Ihrem Konto',
  },
  'account.registration': {
    en: 'creating your account',
    es: 'la creación de su cuenta',
    fr: 'de la création de votre compte',
    de: 'zur Registrierung Ihres Kontos',
  },
  'account.update': {
    en: 'updating your account details',
    es: 'la actualización de sus datos',
    fr: 'de la mise à jour de vos informations',
    de: 'zur Änderung Ihrer Daten',
  },
  'security.account_compromised': {
    en: "your account's security",
    es: 'la seguridad de su cuenta',
    fr: 'de la sécurité de votre compte',
    de: 'zur Sicherheit Ihres Kontos',
  },
  'legal.data_request': {
    en: 'your data request',
    es: 'su solicitud de datos personales',
    fr: 'de votre demande concernant vos données',
    de: 'zu Ihrer Anfrage zu Ihren Daten',
  },
  'legal.dispute': { en: 'your dispute', es: 'su reclamación', fr: 'de votre litige', de: 'zu Ihrem Streitfall' },
  'feedback.complaint': { en: 'your complaint', es: 'su queja', fr: 'de votre réclamation', de: 'zu Ihrer Beschwerde' },
  'marketing.newsletter': {
    en: 'your email subscriptions',
    es: 'sus suscripciones de correo',
    fr: 'de vos abonnements aux e-mails',
    de: 'zu Ihren E-Mail-Abonnements',
  },
  'technical.connectivity': {
    en: 'your connection',
    es: 'su conexión',
    fr: 'de votre connexion',
    de: 'zu Ihrer Verbindung',
  },
  'technical.error': { en: 'the error', es: 'el error', fr: "de l'erreur", de: 'zum Fehler' },
};

const GENERIC: Topic = { en: 'your request', es: 'su caso', fr: 'de votre demande', de: 'zu Ihrem Anliegen' };

/**
 * The intent as the topic of a sentence, in the customer's language: the built-in intents by name,
 * a bot's own label in words (English only), else a plain "your request".
 */
export function intentTopic(label: string, language: Language): string {
  const known = TOPICS[label];
  if (known) return known[language];
  if (label === 'unknown' || label === 'contact.human_agent' || language !== 'en') return GENERIC[language];
  return intentPhrase(label);
}
