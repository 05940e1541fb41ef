import { describe, expect, it } from 'vitest';
import { generateLicenseKey, normalizeLicenseKey } from './license-key';
import { normalizeLicenseKeyGroup, splitLicenseKeyIntoGroups } from './license-key-groups';

describe('normalizeLicenseKeyGroup', () => {
  it('upper-cases, resolves aliases and reports a complete box', () => {
    expect(normalizeLicenseKeyGroup('abcil')).toEqual({
      text: 'ABC11',
      invalidPositions: [],
      complete: true,
    });
    expect(normalizeLicenseKeyGroup('o0Oo0')).toEqual({
      text: '00000',
      invalidPositions: [],
      complete: true,
    });
  });

  it('drops spaces and dashes', () => {
    expect(normalizeLicenseKeyGroup(' ab-c ')).toEqual({
      text: 'ABC',
      invalidPositions: [],
      complete: false,
    });
  });

  it('keeps unacceptable characters where they are and points at them', () => {
    expect(normalizeLicenseKeyGroup('aub#1')).toEqual({
      text: 'AuB#1',
      invalidPositions: [1, 3],
      complete: false,
    });
  });

  it('is not complete with more than five characters', () => {
    expect(normalizeLicenseKeyGroup('ABCDEF').complete).toBe(false);
    expect(normalizeLicenseKeyGroup('').complete).toBe(false);
  });
});

describe('splitLicenseKeyIntoGroups', () => {
  it('fills the four boxes from a pasted key in any spelling', () => {
    expect(splitLicenseKeyIntoGroups(' 01234-56789-abcde-fgh8b\n')).toEqual([
      '01234',
      '56789',
      'ABCDE',
      'FGH8B',
    ]);
    expect(splitLicenseKeyIntoGroups('o1234 567 89ABC DEFGH8B')).toEqual([
      '01234',
      '56789',
      'ABCDE',
      'FGH8B',
    ]);
  });

  it('keeps invalid characters so the boxes can highlight them', () => {
    expect(splitLicenseKeyIntoGroups('0123U-56789-ABCDE-FGH8B')).toEqual([
      '0123U',
      '56789',
      'ABCDE',
      'FGH8B',
    ]);
  });

  it('returns null for text that is not a whole key', () => {
    expect(splitLicenseKeyIntoGroups('01234')).toBeNull();
    expect(splitLicenseKeyIntoGroups('01234-56789-ABCDE-FGH8B-1')).toBeNull();
    expect(splitLicenseKeyIntoGroups('')).toBeNull();
  });

  it('round-trips generated keys through the boxes', () => {
    for (let i = 0; i < 100; i++) {
      const key = generateLicenseKey();
      const groups = splitLicenseKeyIntoGroups(key.toLowerCase());
      expect(groups?.join('-')).toBe(key);
      expect(normalizeLicenseKey(groups?.join('') ?? '')).toEqual({ ok: true, key });
    }
  });
});
