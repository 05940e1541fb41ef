import type { CertificateInspection } from '@siui/core';
import { describe, expect, it } from 'vitest';
import { createCertificateBodyOf } from './certificate-form-values';

const userId = '6c36e413-27e9-4129-a259-b539412ce4ff';
const authorityId = '186a28f1-98fc-4677-934c-2305e513a0b4';

describe('the body of a new user certificate', () => {
  it('sends the typed serial normalised, with the chosen authority', () => {
    expect(
      createCertificateBodyOf(
        { userId, issuingAuthorityId: authorityId, serialNumber: '00:a3 0f', notes: '  ' },
        null,
      ),
    ).toEqual({ success: true, data: { userId, issuingAuthorityId: authorityId, serialNumber: 'A30F' } });
  });

  it('names the fields missing when there is no file', () => {
    expect(createCertificateBodyOf({ serialNumber: 'xyz' }, null)).toEqual({
      success: false,
      fields: ['userId', 'serialNumber'],
    });
  });

  it('sends the file and the authority it was found to come from', () => {
    const inspection = { issuingAuthority: { id: authorityId, name: 'Test CA' } } as CertificateInspection;
    const body = createCertificateBodyOf(
      { userId, serialNumber: '66:C6', issuingAuthorityId: authorityId, notes: 'primit pe e-mail' },
      { name: 'cabinet.cer', content: 'MIIB', inspection },
    );
    expect(body).toEqual({
      success: true,
      data: { userId, certificatePem: 'MIIB', issuingAuthorityId: authorityId, notes: 'primit pe e-mail' },
    });
  });
});
