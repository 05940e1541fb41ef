import { AppError } from '../http/app-error';
import { CertificateParseError, type ParsedCertificate, parseCertificate } from './certificate';

/** Parses a certificate typed or uploaded by staff; unreadable input is a clear 400. */
export function readUploadedCertificate(input: string, field = 'certificatePem'): ParsedCertificate {
  try {
    return parseCertificate(input);
  } catch (error) {
    if (error instanceof CertificateParseError) {
      throw new AppError('CERTIFICATE_UNREADABLE', {
        fields: { [field]: { ro: 'certificat ilizibil', en: 'unreadable certificate' } },
      });
    }
    throw error;
  }
}
