import { describe, expect, it } from 'vitest';
import { csvCell } from './csv-cell';

// Values in the Log OCSP export (user names, serials) can be chosen by whoever calls the gateway:
// none may reach a spreadsheet as a formula.

describe('CSV cells', () => {
  it('neutralise every formula start, tab and carriage return included', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}cmd|' /C calc'!A0`);
      expect(cell.replace(/^"/, ''), JSON.stringify(start)).toMatch(/^'/);
    }
  });

  it('quote separators, quotes and line breaks, and leave plain values alone', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell('\tTAB')).toBe(`"'\tTAB"`);
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('18547290_CAS-AB')).toBe('18547290_CAS-AB');
    expect(csvCell(null)).toBe('');
  });
});
