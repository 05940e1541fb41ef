import dayjs from 'dayjs';
import 'dayjs/locale/ro';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ro } from './ro';

export const LANGUAGES = ['ro', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'siui.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function rememberedLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : 'ro';
}

/** The language the console speaks now; Romanian unless the user chose English. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'ro';
}

export async function changeLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

const initialLanguage = rememberedLanguage();
document.documentElement.lang = initialLanguage;
dayjs.extend(localizedFormat);
dayjs.locale(initialLanguage);
i18n.on('languageChanged', (language) => dayjs.locale(language));

void i18n.use(initReactI18next).init({
  resources: { ro: { translation: ro }, en: { translation: en } },
  lng: initialLanguage,
  fallbackLng: 'ro',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export { i18n };
