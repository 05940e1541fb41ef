import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The console/API port's own TLS identity (`SIUI_HTTP_TLS_CERT`, `SIUI_HTTP_TLS_KEY`): PEM files,
 * the certificate possibly followed by its chain. Both or neither; read and checked at start, so a
 * wrong path or a key of another certificate stops the server with the variable's name rather than
 * at the first handshake. Unset: plain HTTP (loopback demo, or TLS at a reverse proxy).
 */
export interface HttpTls {
  certificateFile: string;
  keyFile: string;
  certificatePem: string;
  keyPem: string;
}

export interface HttpTlsIssue {
  variable: 'SIUI_HTTP_TLS_CERT' | 'SIUI_HTTP_TLS_KEY';
  message: string;
}

export function readHttpTls(
  certificateSetting: string | undefined,
  keySetting: string | undefined,
): { tls: HttpTls | undefined; issues: HttpTlsIssue[] } {
  if (certificateSetting === undefined && keySetting === undefined) return { tls: undefined, issues: [] };
  if (certificateSetting === undefined || keySetting === undefined) {
    const missing = certificateSetting === undefined ? 'SIUI_HTTP_TLS_CERT' : 'SIUI_HTTP_TLS_KEY';
    return {
      tls: undefined,
      issues: [
        {
          variable: missing,
          message:
            'SIUI_HTTP_TLS_CERT și SIUI_HTTP_TLS_KEY se dau împreună / ' +
            'SIUI_HTTP_TLS_CERT and SIUI_HTTP_TLS_KEY are given together',
        },
      ],
    };
  }
  const issues: HttpTlsIssue[] = [];
  const certificateFile = path.resolve(certificateSetting);
  const keyFile = path.resolve(keySetting);
  const certificatePem = readText(certificateFile, 'SIUI_HTTP_TLS_CERT', issues);
  const keyPem = readText(keyFile, 'SIUI_HTTP_TLS_KEY', issues);
  const certificate = certificatePem === undefined ? undefined : parseCertificate(certificatePem, issues);
  const key = keyPem === undefined ? undefined : parseKey(keyPem, issues);
  if (certificate && key && !certificate.checkPrivateKey(key)) {
    issues.push({
      variable: 'SIUI_HTTP_TLS_KEY',
      message:
        'cheia nu este a certificatului din SIUI_HTTP_TLS_CERT / ' +
        'the key does not belong to the certificate in SIUI_HTTP_TLS_CERT',
    });
  }
  if (issues.length > 0 || certificatePem === undefined || keyPem === undefined)
    return { tls: undefined, issues };
  return { tls: { certificateFile, keyFile, certificatePem, keyPem }, issues };
}

function readText(
  file: string,
  variable: HttpTlsIssue['variable'],
  issues: HttpTlsIssue[],
): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    issues.push({
      variable,
      message: `fișierul ${file} nu există sau nu poate fi citit / file ${file} does not exist or cannot be read`,
    });
    return undefined;
  }
}

function parseCertificate(pem: string, issues: HttpTlsIssue[]): X509Certificate | undefined {
  try {
    // The first block is the server's certificate; any that follow are its chain, sent as given.
    return new X509Certificate(pem);
  } catch {
    issues.push({
      variable: 'SIUI_HTTP_TLS_CERT',
      message: 'nu este un certificat PEM / not a PEM certificate',
    });
    return undefined;
  }
}

function parseKey(pem: string, issues: HttpTlsIssue[]): KeyObject | undefined {
  try {
    return createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    issues.push({
      variable: 'SIUI_HTTP_TLS_KEY',
      message: 'nu este o cheie privată PEM necriptată / not an unencrypted PEM private key',
    });
    return undefined;
  }
}
