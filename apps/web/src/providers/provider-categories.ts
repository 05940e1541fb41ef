import { PROVIDER_CATEGORIES, PROVIDER_CATEGORY_LABELS, type ProviderCategory } from '@siui/core';
import type { Language } from '../i18n/i18n';

export function categoryLabel(category: ProviderCategory, language: Language): string {
  return PROVIDER_CATEGORY_LABELS[category][language];
}

/** Options for a category `Select`: "MF — Asistență medicală primară (medicină de familie)". */
export function categoryOptions(language: Language) {
  return PROVIDER_CATEGORIES.map((category) => ({
    value: category,
    label: `${category} — ${categoryLabel(category, language)}`,
  }));
}
