import { createContext, useContext, type ReactNode } from 'react';
import { createTranslator, type Translate } from './translator';

const I18nContext = createContext<Translate>(createTranslator('en'));

export function I18nProvider({ translate, children }: { translate: Translate; children: ReactNode }) {
  return <I18nContext.Provider value={translate}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext);
}
