/** *Furnizori / Raportări*, in Romanian like the menu. */
export const REPORTS_PATH = '/furnizori/raportari';
