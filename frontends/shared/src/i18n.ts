import dayjs from 'dayjs';
import i18next, { type Resource } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { commonMessages } from './messages.js';

export type Language = 'vi' | 'en';
export const LANGUAGES: Language[] = ['vi', 'en'];

const LANGUAGE_KEY = 'cchc.language';
const storedLanguage = (): Language =>
  globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';

/** The page's one i18next instance: Vietnamese first, English on request; each application adds its namespace. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: 'vi',
  defaultNS: 'common',
  resources: commonMessages satisfies Resource,
  interpolation: { escapeValue: false },
  initAsync: false,
});
dayjs.locale(i18n.language);

export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  dayjs.locale(language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** An application's own messages, under its namespace (e.g. `planning`). */
export function addMessages(namespace: string, messages: Record<Language, Record<string, unknown>>): void {
  for (const language of LANGUAGES)
    i18n.addResourceBundle(language, namespace, messages[language], true, true);
}

/** The date format officials write, whatever the language: dd/MM/yyyy. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** `2020-10-19` (or a timestamp) as `19/10/2020`; empty for none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_FORMAT) : '';
}

/** A date as the API takes it (`YYYY-MM-DD`). */
export const toApiDate = (value: dayjs.Dayjs): string => value.format('YYYY-MM-DD');

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers the Vietnamese way (1.234.567,5) in both languages, as official documents print them. */
export function formatNumber(value: number | null | undefined, maximumFractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const key = String(maximumFractionDigits);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The current language, re-rendering when it changes. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'vi';
}
