import { describe, expect, it } from 'vitest';
import { attachmentFilename } from './content-disposition';

describe('attachmentFilename', () => {
  it('reads the quoted, bare and RFC 5987 forms', () => {
    expect(attachmentFilename('attachment; filename="generatePassword.pdf"')).toBe('generatePassword.pdf');
    expect(attachmentFilename('attachment; filename=raport.csv')).toBe('raport.csv');
    expect(attachmentFilename('attachment; filename="x.pdf"; filename*=UTF-8\'\'conven%C8%9Bie.pdf')).toBe(
      'convenție.pdf',
    );
  });

  it('gives nothing when the header names no file', () => {
    expect(attachmentFilename(null)).toBeNull();
    expect(attachmentFilename('inline')).toBeNull();
    expect(attachmentFilename('attachment; filename=""')).toBeNull();
  });
});
