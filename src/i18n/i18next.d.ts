import 'i18next';
import type en from './locales/en.json';

// English is the source of truth: `t('nav.jobz')` or a key missing from en.json fails type-checking.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    keySeparator: false;
    nsSeparator: false;
    returnNull: false;
  }
}
