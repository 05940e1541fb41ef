// The JJ digits of a CNP: where it was assigned. Sources, in order of authority:
// - the counties 01–39 in alphabetical order, Bucharest 40 and its sectors 41–46, Călărași 51 and
//   Giurgiu 52 (the two counties created in 1981) — every description of the CNP agrees on these;
// - 47 and 48, Bucharest's sectors 7 and 8, merged into others in 1979 (cnp-spec, Wikipedia). The
//   population-records directorate (DGEP) said in 2025 that 47 is used and 48 never was; we accept
//   both, since refusing a real person's code costs far more than accepting a never-issued one;
// - 70, which replaces the county in every CNP generated since 8 May 2024 by the new civil-status
//   system (SIIEASC; Ministry of Internal Affairs announcement);
// - 80–83, registrations at Romanian embassies and consulates (DGEP; the OECD's Romanian TIN sheet
//   lists "01 to 47, 51 and 52, 70 or 80 to 83").
// DGEP also says that CNPs with 50, 54, 56, 60, 64, 78, 84, 87, 88, 90, 98 and 99 exist without saying
// what they mean; they are refused until someone meets one in practice.

const COUNTIES_AND_BUCHAREST = Array.from({ length: 48 }, (_, index) => String(index + 1).padStart(2, '0'));
const LATER_COUNTIES = ['51', '52'];
const NATIONAL_REGISTRATION = ['70'];
const CONSULAR_REGISTRATIONS = ['80', '81', '82', '83'];

export const CNP_COUNTY_CODES: ReadonlySet<string> = new Set([
  ...COUNTIES_AND_BUCHAREST,
  ...LATER_COUNTIES,
  ...NATIONAL_REGISTRATION,
  ...CONSULAR_REGISTRATIONS,
]);
