/** *Configurări / Configurare de sistem / Administrare OCSP / Autorități emitente*, in Romanian like the menu. */
export const ISSUING_AUTHORITIES_PATH = '/configurari/administrare-ocsp/autoritati-emitente';

export function issuingAuthorityDetailPath(id: string): string {
  return `${ISSUING_AUTHORITIES_PATH}/${encodeURIComponent(id)}`;
}
