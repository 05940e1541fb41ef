/** *Configurări / Configurare de sistem / Administrare OCSP / Log OCSP*, in Romanian like the menu. */
export const OCSP_LOG_PATH = '/configurari/administrare-ocsp/log-ocsp';
