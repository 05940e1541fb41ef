import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodIssues } from './zod-messages';

// Every kind of fault people meet in our forms and files, worded in one language at a time.

const schema = z.object({
  name: z.string().min(3).max(5),
  required: z.string(),
  count: z.number().int().min(1).max(9),
  kind: z.enum(['CLIN', 'FAM']),
  period: z.string().regex(/^\d{4}-\d{2}$/),
  lines: z.array(z.string()).max(1),
  email: z.email(),
  own: z.string().refine((value) => value === 'ok', 'valoare greșită / wrong value'),
});

const faulty = {
  name: 'ab',
  count: 1.5,
  kind: 'X',
  period: '2026/10',
  lines: ['a', 'b'],
  email: 'not-an-address',
  own: 'nu',
};
const tooLong = { ...faulty, name: 'abcdefgh', count: 99 };

function messages(input: unknown, language: 'ro' | 'en'): string[] {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error('expected faults');
  return Object.values(describeZodIssues(parsed.error.issues, language));
}

const ENGLISH = /\b(Too|too|expected|Invalid|received|must|characters|required|option|at least|at most)\b/;
const ROMANIAN = /[ăâîșț]|\b(câmp|obligatoriu|minim|maxim|caractere|trebuie|valoare)\b/;

describe('zod issues in our words', () => {
  it('says every fault in Romanian without an English fragment', () => {
    for (const input of [faulty, tooLong]) {
      const ro = messages(input, 'ro');
      expect(ro.length).toBeGreaterThanOrEqual(8);
      for (const message of ro) expect(message).not.toMatch(ENGLISH);
    }
  });

  it('says every fault in English without a Romanian fragment', () => {
    for (const input of [faulty, tooLong]) {
      for (const message of messages(input, 'en')) expect(message).not.toMatch(ROMANIAN);
    }
  });

  it('keeps the plain words for the common checks and our own bilingual messages', () => {
    const parsed = schema.safeParse(faulty, { reportInput: true });
    if (parsed.success) throw new Error('expected faults');
    expect(describeZodIssues(parsed.error.issues, 'ro')).toMatchObject({
      name: 'minim 3 caractere',
      required: 'câmp obligatoriu',
      own: 'valoare greșită',
    });
    expect(describeZodIssues(parsed.error.issues, 'en')).toMatchObject({
      name: 'at least 3 characters',
      required: 'required',
      own: 'wrong value',
    });
  });
});
