/** *Furnizori / Persoane juridice*, in Romanian like the menu. */
export const PROVIDERS_PATH = '/furnizori/persoane-juridice';

export function providerDetailPath(id: string): string {
  return `${PROVIDERS_PATH}/${encodeURIComponent(id)}`;
}
