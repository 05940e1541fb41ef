import { describe, expect, it } from 'vitest';
import type { Report } from '../api/reports';
import { makeValidCnp } from '../cnp/cnp-test-data';
import { localizeReportMessages, validateReport } from './report-validation';

const context = {
  providerCategory: 'CLIN',
  contractStart: '2026-01-01',
  contractEnd: '2026-12-31',
  serviceCodes: new Set(['C001', 'C002']),
  today: new Date(2026, 10, 28),
  language: 'ro' as const,
};
const patient = makeValidCnp({ birthDate: '1963-06-15', sex: 'M', countyCode: '12' });

function report(lines: Report['lines'], overrides: Partial<Report> = {}): Report {
  return { type: 'CLIN', period: '2026-10', idempotencyKey: 'raport-2026-10-a', lines, ...overrides };
}

describe('report validation', () => {
  it('accepts a clean report as VALID with no messages', () => {
    const result = validateReport(
      report([
        { cnp: patient, serviceCode: 'C001', date: '2026-10-05', quantity: 1 },
        { cnp: patient, serviceCode: 'C002', date: '2026-10-05', quantity: 2 },
      ]),
      context,
    );
    expect(result).toEqual({ state: 'VALID', messages: [], acceptedLines: 2 });
  });

  it('says stored messages again in another language', () => {
    const result = validateReport(
      report([{ cnp: patient, serviceCode: 'X1', date: '2026-10-05', quantity: 1 }]),
      context,
    );
    const [english] = localizeReportMessages(result.messages, 'en');
    expect(result.messages[0]?.message).toBe(
      'Codul de serviciu X1 nu există în nomenclatorul pentru tipul CLIN.',
    );
    expect(english?.message).toBe('Service code X1 is not in the nomenclature for type CLIN.');
  });

  it('names the line of each problem and marks the report PARTIALLY_VALID', () => {
    const badCnp = `${patient.slice(0, 12)}${(Number(patient[12]) + 1) % 10}`;
    const result = validateReport(
      report([
        { cnp: patient, serviceCode: 'C001', date: '2026-10-05', quantity: 1 },
        { cnp: badCnp, serviceCode: 'C001', date: '2026-10-06', quantity: 1 },
        { cnp: patient, serviceCode: 'X999', date: '2026-09-30', quantity: 0 },
        { cnp: patient, serviceCode: 'C001', date: '2026-10-05', quantity: 1 },
        { cnp: patient, serviceCode: 'C002', date: '2026-10-07', quantity: 80 },
      ]),
      context,
    );
    expect(result.state).toBe('PARTIALLY_VALID');
    expect(result.acceptedLines).toBe(2);
    expect(result.messages.map((m) => [m.line, m.code, m.severity])).toEqual([
      [2, 'CNP_CHECK_DIGIT', 'error'],
      [3, 'DATE_OUTSIDE_PERIOD', 'error'],
      [3, 'SERVICE_UNKNOWN', 'error'],
      [3, 'QUANTITY_INVALID', 'error'],
      [4, 'DUPLICATE_LINE', 'error'],
      [5, 'QUANTITY_UNUSUAL', 'warning'],
    ]);
    expect(result.messages[4]?.message).toBe('Linie duplicată: același CNP, serviciu și dată ca linia 1.');
  });

  it('refuses the whole report for a wrong type, a future period or a period outside the contract', () => {
    const line = { cnp: patient, serviceCode: 'C001', date: '2026-10-05', quantity: 1 };
    expect(validateReport(report([line], { type: 'MF' }), context).state).toBe('INVALID');
    const future = validateReport(report([line], { period: '2027-01' }), context);
    expect(future.messages.map((m) => m.code)).toEqual(
      expect.arrayContaining(['PERIOD_IN_FUTURE', 'PERIOD_OUTSIDE_CONTRACT']),
    );
    expect(validateReport(report([]), context)).toMatchObject({ state: 'INVALID', acceptedLines: 0 });
  });

  it('flags a service before the patient’s birth and answers in English on request', () => {
    const baby = makeValidCnp({ birthDate: '2026-10-10', sex: 'F', countyCode: '40' });
    const result = validateReport(
      report([{ cnp: baby, serviceCode: 'C001', date: '2026-10-05', quantity: 1 }]),
      {
        ...context,
        language: 'en',
      },
    );
    expect(result.state).toBe('INVALID');
    expect(result.messages[0]).toMatchObject({ code: 'DATE_BEFORE_BIRTH', line: 1 });
    expect(result.messages[0]?.message).toBe('Date 2026-10-05 is before the insured person’s birth.');
  });
});
