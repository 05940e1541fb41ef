import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, sampleReport, tempDataDir } from '../../test/desktop-world';
import { ActivationRepository } from '../activation/activation.repository';
import { type Desktop, openDesktop } from '../desktop';
import { DesktopError } from '../errors/desktop-error';
import { parseReportFile } from './report-input';

// Drafts, the outbox and the local pre-check, without a server.

let desktop: Desktop;
beforeAll(() => {
  desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
  new ActivationRepository(desktop.db).save({
    provider: {
      code: 'P001',
      name: 'Clinica Test',
      fiscalCode: '18547290',
      category: 'CLIN',
      contract: { number: 'C-1', start: '2020-01-01', end: '2099-12-31' },
    },
    externalUsername: '18547290_CAS-AB',
    house: { code: 'CAS-AB', name: 'Casa de Asigurări de Sănătate Alba' },
    serverUrl: 'http://127.0.0.1:8080',
    online: null,
    installationId: 'desktop-test',
    keyGeneration: 1,
    activatedAt: new Date().toISOString(),
    firstActivatedAt: new Date().toISOString(),
  });
});
afterAll(() => {
  desktop.close();
  removeTempDataDirs();
});

describe('reports', () => {
  it('fixes the idempotency key at creation and freezes the report once queued', () => {
    const draft = desktop.reports.create(sampleReport());
    expect(draft).toMatchObject({ status: 'DRAFT', type: 'CLIN' });
    expect(draft.idempotencyKey).toMatch(/^P001-\d{4}-\d{2}-[0-9a-f-]{36}$/);
    const edited = desktop.reports.update(draft.id, {
      ...sampleReport(),
      lines: sampleReport().lines.slice(0, 1),
    });
    expect(edited.lines).toHaveLength(1);
    expect(edited.idempotencyKey).toBe(draft.idempotencyKey);

    expect(desktop.reports.queue(draft.id).status).toBe('OUTBOX');
    expect(desktop.reports.outboxCount()).toBe(1);
    expect(() => desktop.reports.update(draft.id, sampleReport())).toThrow(
      expect.objectContaining({ code: 'REPORT_NOT_EDITABLE' }),
    );
    expect(() => desktop.reports.delete(draft.id)).toThrow(DesktopError);
    expect(() => desktop.reports.get('00000000-0000-4000-8000-000000000000')).toThrow(
      expect.objectContaining({ code: 'REPORT_NOT_FOUND' }),
    );
  });

  it('gives back the same report for a file naming a known idempotency key', () => {
    const file = JSON.stringify({ ...sampleReport(), idempotencyKey: 'raport-octombrie-1' });
    const first = desktop.reports.create(parseReportFile(file));
    const again = desktop.reports.create(parseReportFile(`\uFEFF${file}`));
    expect(again.id).toBe(first.id);
  });

  it('explains what is wrong with a report file', () => {
    const problem = (text: string) => {
      try {
        parseReportFile(text);
        return 'parsed';
      } catch (error) {
        return (error as DesktopError).describe('ro');
      }
    };
    expect(problem('{')).toMatch(/^Fișierul nu conține o raportare validă: /);
    expect(problem(JSON.stringify({ period: '2026-13', lines: [] }))).toContain('period');
    expect(
      problem(JSON.stringify({ period: '2026-10', lines: [{ cnp: '1', serviceCode: 'C001', date: 'x' }] })),
    ).toContain('lines.0.quantity');
  });

  it('explains a bad report file in one language at a time, never with zod’s or V8’s English', () => {
    const problem = (text: string, language: 'ro' | 'en') => {
      try {
        parseReportFile(text);
        return 'parsed';
      } catch (error) {
        return (error as DesktopError).describe(language);
      }
    };
    const shortKey = JSON.stringify({ ...sampleReport(), idempotencyKey: 'abc' });
    expect(problem(shortKey, 'ro')).toBe(
      'Fișierul nu conține o raportare validă: idempotencyKey: minim 8 caractere',
    );
    expect(problem(shortKey, 'en')).toBe(
      'The file does not contain a valid report: idempotencyKey: at least 8 characters',
    );
    const missingLines = JSON.stringify({ period: '2026-10' });
    expect(problem(missingLines, 'ro')).toBe(
      'Fișierul nu conține o raportare validă: lines: câmp obligatoriu',
    );
    expect(problem('{"period": }', 'ro')).toMatch(
      /^Fișierul nu conține o raportare validă: nu este JSON valid/,
    );
    expect(problem('{"period": }', 'en')).toMatch(/: not valid JSON/);
    const english = /\b(Too|expected|Invalid|received|Unexpected|token|string|characters)\b/;
    const romanian = /[ăâîșț]|\b(câmp|minim|maxim|poziția)\b/;
    for (const text of [shortKey, missingLines, '{"period": }', JSON.stringify({ period: 5, lines: 'x' })]) {
      expect(problem(text, 'ro')).not.toMatch(english);
      expect(problem(text, 'en').replace('The file does not contain a valid report: ', '')).not.toMatch(
        romanian,
      );
    }
  });

  it('pre-checks with SIUI’s rules, and says when the nomenclature is still missing', () => {
    const report = sampleReport();
    expect(desktop.reports.precheck(report).map((message) => message.code)).toEqual([
      'NOMENCLATURE_MISSING',
      'CNP_CHECK_DIGIT',
    ]);
    desktop.nomenclature.replace('CLIN', [{ code: 'C001', name: 'Consultație', category: 'CLIN' }]);
    expect(desktop.reports.precheck(report).map((message) => `${message.line}:${message.code}`)).toEqual([
      '2:CNP_CHECK_DIGIT',
      '2:SERVICE_UNKNOWN',
    ]);
    expect(
      desktop.reports.precheck({ ...report, period: '2999-01' }).map((message) => message.code),
    ).toContain('PERIOD_IN_FUTURE');
  });
});
