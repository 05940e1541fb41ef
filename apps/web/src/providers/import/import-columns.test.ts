import { describe, expect, it } from 'vitest';
import { importColumnOf, importTemplateCsv, readCsvText } from './import-columns';

describe('provider import columns', () => {
  it('offers a template with the required columns first, as the server reads them', () => {
    expect(importTemplateCsv()).toBe(
      '\uFEFFcod;denumire;cui;categorie;nr_contract;data_inceput_contract;data_sfarsit_contract;' +
        'nr_inregistrare;adresa;reprezentant_legal;email;telefon;activ\r\n',
    );
  });

  it('names row errors by the file column', () => {
    expect(importColumnOf('fiscalCode')).toBe('cui');
    expect(importColumnOf('contractEnd')).toBe('data_sfarsit_contract');
    expect(importColumnOf('request')).toBe('request');
  });

  it('reads UTF-8 files and Windows-1250 ones', async () => {
    const utf8 = new Blob([new TextEncoder().encode('denumire\nFarmacia Țară Ștefan')]);
    expect(await readCsvText(utf8)).toBe('denumire\nFarmacia Țară Ștefan');
    // "Ţară" in Windows-1250: Ţ = 0xDE, ă = 0xE3
    const cp1250 = new Blob([new Uint8Array([0xde, 0x61, 0x72, 0xe3])]);
    expect(await readCsvText(cp1250)).toBe('Ţară');
  });
});
