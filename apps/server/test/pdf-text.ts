import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it (what a person copying from it would get). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-pdf-'));
  const file = path.join(directory, 'document.pdf');
  try {
    fs.writeFileSync(file, pdf);
    const { stdout } = await exec('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
    return stdout;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** The activation key printed in the usage agreement (4 groups of 5, spaced in print). */
export function keyFromAgreementText(text: string): string {
  const match = /\b([0-9A-Z]{5}) +([0-9A-Z]{5}) +([0-9A-Z]{5}) +([0-9A-Z]{5})\b/.exec(text);
  if (!match) throw new Error(`no key in:\n${text}`);
  return match.slice(1, 5).join('-');
}
