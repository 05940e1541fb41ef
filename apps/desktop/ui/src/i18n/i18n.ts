import dayjs from 'dayjs';
import 'dayjs/locale/ro';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ro } from './ro';

export const LANGUAGES = ['ro', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'siui-desktop.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'ro';
}

/** Switches the window and tells the local server, whose connection messages follow the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
  await fetch('/api/preferences', {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language }),
  }).catch(() => undefined);
}

const stored = window.localStorage.getItem(STORAGE_KEY);
const initialLanguage: Language = isLanguage(stored) ? stored : 'ro';
document.documentElement.lang = initialLanguage;
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
