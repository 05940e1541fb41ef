// The national house (CNAS) and the 43 county-level houses, from the reference list in
// shared/data/insurance-houses.csv. `cnpCounty` is the county code a CNP carries in digits 8–9.

export interface InsuranceHouse {
  code: string;
  name: string;
  countyCode: string | null;
  cnpCounty: string | null;
}

export const CNAS_CODE = 'CNAS';

export const INSURANCE_HOUSES: readonly InsuranceHouse[] = [
  { code: 'CNAS', name: 'Casa Națională de Asigurări de Sănătate', countyCode: null, cnpCounty: null },
  { code: 'CAS-AB', name: 'Casa de Asigurări de Sănătate Alba', countyCode: 'AB', cnpCounty: '01' },
  { code: 'CAS-AR', name: 'Casa de Asigurări de Sănătate Arad', countyCode: 'AR', cnpCounty: '02' },
  { code: 'CAS-AG', name: 'Casa de Asigurări de Sănătate Argeș', countyCode: 'AG', cnpCounty: '03' },
  { code: 'CAS-BC', name: 'Casa de Asigurări de Sănătate Bacău', countyCode: 'BC', cnpCounty: '04' },
  { code: 'CAS-BH', name: 'Casa de Asigurări de Sănătate Bihor', countyCode: 'BH', cnpCounty: '05' },
  {
    code: 'CAS-BN',
    name: 'Casa de Asigurări de Sănătate Bistrița-Năsăud',
    countyCode: 'BN',
    cnpCounty: '06',
  },
  { code: 'CAS-BT', name: 'Casa de Asigurări de Sănătate Botoșani', countyCode: 'BT', cnpCounty: '07' },
  { code: 'CAS-BV', name: 'Casa de Asigurări de Sănătate Brașov', countyCode: 'BV', cnpCounty: '08' },
  { code: 'CAS-BR', name: 'Casa de Asigurări de Sănătate Brăila', countyCode: 'BR', cnpCounty: '09' },
  { code: 'CAS-BZ', name: 'Casa de Asigurări de Sănătate Buzău', countyCode: 'BZ', cnpCounty: '10' },
  { code: 'CAS-CS', name: 'Casa de Asigurări de Sănătate Caraș-Severin', countyCode: 'CS', cnpCounty: '11' },
  { code: 'CAS-CL', name: 'Casa de Asigurări de Sănătate Călărași', countyCode: 'CL', cnpCounty: '51' },
  { code: 'CAS-CJ', name: 'Casa de Asigurări de Sănătate Cluj', countyCode: 'CJ', cnpCounty: '12' },
  { code: 'CAS-CT', name: 'Casa de Asigurări de Sănătate Constanța', countyCode: 'CT', cnpCounty: '13' },
  { code: 'CAS-CV', name: 'Casa de Asigurări de Sănătate Covasna', countyCode: 'CV', cnpCounty: '14' },
  { code: 'CAS-DB', name: 'Casa de Asigurări de Sănătate Dâmbovița', countyCode: 'DB', cnpCounty: '15' },
  { code: 'CAS-DJ', name: 'Casa de Asigurări de Sănătate Dolj', countyCode: 'DJ', cnpCounty: '16' },
  { code: 'CAS-GL', name: 'Casa de Asigurări de Sănătate Galați', countyCode: 'GL', cnpCounty: '17' },
  { code: 'CAS-GR', name: 'Casa de Asigurări de Sănătate Giurgiu', countyCode: 'GR', cnpCounty: '52' },
  { code: 'CAS-GJ', name: 'Casa de Asigurări de Sănătate Gorj', countyCode: 'GJ', cnpCounty: '18' },
  { code: 'CAS-HR', name: 'Casa de Asigurări de Sănătate Harghita', countyCode: 'HR', cnpCounty: '19' },
  { code: 'CAS-HD', name: 'Casa de Asigurări de Sănătate Hunedoara', countyCode: 'HD', cnpCounty: '20' },
  { code: 'CAS-IL', name: 'Casa de Asigurări de Sănătate Ialomița', countyCode: 'IL', cnpCounty: '21' },
  { code: 'CAS-IS', name: 'Casa de Asigurări de Sănătate Iași', countyCode: 'IS', cnpCounty: '22' },
  { code: 'CAS-IF', name: 'Casa de Asigurări de Sănătate Ilfov', countyCode: 'IF', cnpCounty: '23' },
  { code: 'CAS-MM', name: 'Casa de Asigurări de Sănătate Maramureș', countyCode: 'MM', cnpCounty: '24' },
  { code: 'CAS-MH', name: 'Casa de Asigurări de Sănătate Mehedinți', countyCode: 'MH', cnpCounty: '25' },
  { code: 'CAS-MS', name: 'Casa de Asigurări de Sănătate Mureș', countyCode: 'MS', cnpCounty: '26' },
  { code: 'CAS-NT', name: 'Casa de Asigurări de Sănătate Neamț', countyCode: 'NT', cnpCounty: '27' },
  { code: 'CAS-OT', name: 'Casa de Asigurări de Sănătate Olt', countyCode: 'OT', cnpCounty: '28' },
  { code: 'CAS-PH', name: 'Casa de Asigurări de Sănătate Prahova', countyCode: 'PH', cnpCounty: '29' },
  { code: 'CAS-SM', name: 'Casa de Asigurări de Sănătate Satu Mare', countyCode: 'SM', cnpCounty: '30' },
  { code: 'CAS-SJ', name: 'Casa de Asigurări de Sănătate Sălaj', countyCode: 'SJ', cnpCounty: '31' },
  { code: 'CAS-SB', name: 'Casa de Asigurări de Sănătate Sibiu', countyCode: 'SB', cnpCounty: '32' },
  { code: 'CAS-SV', name: 'Casa de Asigurări de Sănătate Suceava', countyCode: 'SV', cnpCounty: '33' },
  { code: 'CAS-TR', name: 'Casa de Asigurări de Sănătate Teleorman', countyCode: 'TR', cnpCounty: '34' },
  { code: 'CAS-TM', name: 'Casa de Asigurări de Sănătate Timiș', countyCode: 'TM', cnpCounty: '35' },
  { code: 'CAS-TL', name: 'Casa de Asigurări de Sănătate Tulcea', countyCode: 'TL', cnpCounty: '36' },
  { code: 'CAS-VS', name: 'Casa de Asigurări de Sănătate Vaslui', countyCode: 'VS', cnpCounty: '37' },
  { code: 'CAS-VL', name: 'Casa de Asigurări de Sănătate Vâlcea', countyCode: 'VL', cnpCounty: '38' },
  { code: 'CAS-VN', name: 'Casa de Asigurări de Sănătate Vrancea', countyCode: 'VN', cnpCounty: '39' },
  {
    code: 'CAS-B',
    name: 'Casa de Asigurări de Sănătate a Municipiului București',
    countyCode: 'B',
    cnpCounty: '40',
  },
  {
    code: 'CASAOPSNAJ',
    name: 'Casa Asigurărilor de Sănătate a Apărării, Ordinii Publice, Siguranței Naționale și Autorității Judecătorești',
    countyCode: null,
    cnpCounty: null,
  },
];
