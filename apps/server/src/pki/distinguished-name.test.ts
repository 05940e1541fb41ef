import { describe, expect, it } from 'vitest';
import { createTestCa, issueLeafCertificate } from '../../test/pki';
import { parseCertificate } from './certificate';
import { namesMatch } from './distinguished-name';
import { X509Certificate } from './x509';

describe('distinguished names', () => {
  it.each([
    ['plain', 'Clinica Sănătatea'],
    ['commas and plus', 'Popescu, Ionescu + Asociații SRL'],
    ['quotes and angle brackets', 'Farmacia "<Tei>"; filiala\\2'],
    ['leading hash and trailing space', '#1 Clinic '],
    ['diacritics of both kinds', 'Şcoala Ţării / Școala Țării'],
    ['control characters', 'Linia 1\nLinia 2\tși\n3'],
  ])(
    'keeps %s literally and prints it as @peculiar/x509 does, attributes named',
    async (_label, organization) => {
      const ca = await createTestCa({ name: organization });
      const leaf = await issueLeafCertificate(ca, {
        commonName: `${organization} CN`,
        organization,
        extraSubject: [
          { type: 'OU', value: 'Dep. 1' },
          { type: 'serialNumber', value: 'RO123' },
          { type: 'E', value: 'x@y.ro' },
        ],
      });
      const reference = new X509Certificate(leaf.certificateDer);
      const parsed = parseCertificate(leaf.certificateDer);
      expect(reference.subjectName.getField('O')).toEqual([organization]);
      expect(parsed.subjectCommonName).toBe(`${organization} CN`);
      // As the library prints it, with the attribute it shows only as an OID named.
      expect(parsed.subjectDn).toBe(reference.subject.replace('2.5.4.5=', 'serialNumber='));
      expect(parsed.issuerDn).toBe(reference.issuer);
      expect(parsed.serialNumber).toBe(reference.serialNumber.replace(/^(00)+(?=..)/, '').toUpperCase());
      expect(namesMatch(parsed.issuerNameDer, ca.certificate.subjectNameDer)).toBe(true);
      expect(namesMatch(parsed.subjectNameDer, ca.certificate.subjectNameDer)).toBe(false);
    },
  );
});
