/** *Configurări / Configurare de sistem / Administrare OCSP / Certificate utilizatori*, in Romanian like the menu. */
export const USER_CERTIFICATES_PATH = '/configurari/administrare-ocsp/certificate-utilizatori';

export function userCertificateDetailPath(id: string): string {
  return `${USER_CERTIFICATES_PATH}/${encodeURIComponent(id)}`;
}
