import en from '../../translations/en.json';
import es from '../../translations/es.json';
import fr from '../../translations/fr.json';
import de from '../../translations/de.json';

export type StringKey = keyof (typeof en)['sidebar'];
export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

const CATALOGS: Record<string, Partial<Record<StringKey, string>>> = {
  en: en.sidebar,
  es: es.sidebar,
  fr: fr.sidebar,
  de: de.sidebar,
};
export const SUPPORTED_LOCALES = Object.keys(CATALOGS);

/** Picks the catalog for a Zendesk locale ("es-419", "fr", "de-ch" ...); English fills any gap. */
export function createTranslator(locale: string | undefined): Translate {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const catalog = CATALOGS[language] ?? en.sidebar;
  return (key, vars) => {
    const template = catalog[key] ?? en.sidebar[key];
    return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
  };
}
