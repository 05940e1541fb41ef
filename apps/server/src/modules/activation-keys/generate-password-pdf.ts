import { createRequire } from 'node:module';
import path from 'node:path';
import { PROVIDER_CATEGORY_LABELS, type ProviderCategory } from '@siui/core';
import PDFDocument from 'pdfkit';

// generatePassword.pdf: the "Convenție de utilizare" the house hands to the provider, carrying the
// activation key. pdfkit's standard fonts cannot print ă ș ț, so DejaVu is embedded (subset).

const fontDirectory = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const FONTS = {
  regular: path.join(fontDirectory, 'DejaVuSans.ttf'),
  bold: path.join(fontDirectory, 'DejaVuSans-Bold.ttf'),
  mono: path.join(fontDirectory, 'DejaVuSansMono-Bold.ttf'),
};

export interface UsageAgreement {
  house: { code: string; name: string };
  provider: {
    code: string;
    name: string;
    fiscalCode: string;
    category: string;
    contractNumber: string;
    contractStart: string;
    contractEnd: string;
    legalRepresentative: string | null;
    address: string | null;
  };
  externalUsername: string;
  key: string;
  generation: number;
  issuedAt: Date;
  issuedBy: string;
}

const INK = '#1f2933';
const ACCENT = '#0b4f8a';
const MUTED = '#52606d';

export function renderUsageAgreement(agreement: UsageAgreement): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 62, right: 62 },
    info: {
      Title: 'Convenție de utilizare — cheie de activare SIUI',
      Author: agreement.house.name,
      Subject: `Cheie de activare pentru ${agreement.provider.name}`,
      Creator: 'SIUI Cert',
    },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('mono', FONTS.mono);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, agreement);
  parties(doc, agreement);
  keyBox(doc, agreement);
  rules(doc);
  signatures(doc, agreement);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function header(doc: Doc, a: UsageAgreement): void {
  doc.font('bold').fontSize(10).fillColor(MUTED).text(a.house.name.toUpperCase(), { align: 'left' });
  doc.font('regular').fontSize(9).text(`Cod casă: ${a.house.code}`);
  doc.moveDown(1.4);
  doc.font('bold').fontSize(18).fillColor(ACCENT).text('CONVENȚIE DE UTILIZARE', { align: 'center' });
  doc.moveDown(0.25); // room for the comma below Ț
  doc
    .font('regular')
    .fontSize(10.5)
    .fillColor(INK)
    .text('a aplicației de raportare SIUI 2.0 — cheie de activare (serie de licență)', { align: 'center' });
  doc.moveDown(0.3);
  doc
    .fontSize(9)
    .fillColor(MUTED)
    .text(`Nr. ${a.provider.code}/${a.generation} din ${formatDate(a.issuedAt)}`, { align: 'center' });
  doc.moveDown(1.2);
}

function parties(doc: Doc, a: UsageAgreement): void {
  doc.font('regular').fontSize(10.5).fillColor(INK);
  doc.text(
    `Încheiată între ${a.house.name}, în calitate de casă de asigurări de sănătate, și furnizorul de servicii ` +
      `medicale identificat mai jos, în temeiul contractului nr. ${a.provider.contractNumber}.`,
    { align: 'justify' },
  );
  doc.moveDown(0.8);
  const rows: [string, string][] = [
    ['Denumire furnizor', a.provider.name],
    ['Cod furnizor', a.provider.code],
    ['CUI', a.provider.fiscalCode],
    ['Tip furnizor', categoryLabel(a.provider.category)],
    [
      'Contract',
      `nr. ${a.provider.contractNumber}, ${isoToRomanian(a.provider.contractStart)} – ${isoToRomanian(a.provider.contractEnd)}`,
    ],
    ['Reprezentant legal', a.provider.legalRepresentative ?? '—'],
    ['Adresă', a.provider.address ?? '—'],
    ['Utilizator extern SIUI', a.externalUsername],
  ];
  const left = doc.page.margins.left;
  const labelWidth = 150;
  const valueWidth = doc.page.width - left - doc.page.margins.right - labelWidth;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('regular').fontSize(9.5).fillColor(MUTED).text(label, left, y, { width: labelWidth });
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(INK)
      .text(value, left + labelWidth, y, { width: valueWidth });
    doc.moveDown(0.35);
  }
  doc.x = left;
  doc.moveDown(0.8);
}

function keyBox(doc: Doc, a: UsageAgreement): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.y;
  const height = 92;
  doc.save().roundedRect(left, top, width, height, 6).lineWidth(1.2).strokeColor(ACCENT).stroke().restore();
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor(MUTED)
    .text('CHEIA DE ACTIVARE (seria de licență: 4 grupe de câte 5 caractere)', left, top + 12, {
      width,
      align: 'center',
    });
  doc
    .font('mono')
    .fontSize(26)
    .fillColor(INK)
    .text(a.key.split('-').join('  '), left, top + 32, { width, align: 'center', characterSpacing: 1.5 });
  doc
    .font('regular')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text('Caracterele folosite: cifrele 0–9 și literele A–Z fără I, L, O, U.', left, top + 70, {
      width,
      align: 'center',
    });
  doc.x = left;
  doc.y = top + height + 16;
}

const RULES = [
  'Cheia de activare este confidențială. Păstrați acest document în siguranță și nu transmiteți cheia prin e-mail sau telefon.',
  'Cheia se introduce în aplicația de raportare, meniul Administrare / Activare, împreună cu casa de asigurări.',
  'Conectarea online este posibilă numai după ce certificatul digital al furnizorului a fost înregistrat la casa de asigurări (Certificate utilizatori).',
  'O resetare a parolei anulează imediat această cheie; aplicația trebuie reactivată cu cheia nouă.',
  'Orice operație efectuată online cu certificatul furnizorului este înregistrată în Log OCSP al casei de asigurări.',
];

function rules(doc: Doc): void {
  doc.font('bold').fontSize(11).fillColor(ACCENT).text('Reguli de utilizare');
  doc.moveDown(0.3);
  doc.font('regular').fontSize(10).fillColor(INK);
  RULES.forEach((rule, index) => {
    doc.text(`${index + 1}. ${rule}`, { align: 'justify', indent: 0 });
    doc.moveDown(0.3);
  });
  doc.moveDown(1);
}

function signatures(doc: Doc, a: UsageAgreement): void {
  const left = doc.page.margins.left;
  const width = (doc.page.width - left - doc.page.margins.right) / 2;
  const y = Math.max(doc.y, doc.page.height - doc.page.margins.bottom - 110);
  doc.font('bold').fontSize(10).fillColor(INK);
  doc.text('Pentru casa de asigurări,', left, y, { width });
  doc.text('Pentru furnizor,', left + width, y, { width });
  doc.font('regular').fontSize(9.5).fillColor(MUTED);
  doc.text(`Emis de: ${a.issuedBy}`, left, y + 18, { width });
  doc.text(`Reprezentant legal: ${a.provider.legalRepresentative ?? ''}`, left + width, y + 18, { width });
  doc.text('Semnătura și ștampila', left, y + 60, { width });
  doc.text('Semnătura și ștampila', left + width, y + 60, { width });
  doc
    .moveTo(left, y + 56)
    .lineTo(left + width - 30, y + 56)
    .moveTo(left + width, y + 56)
    .lineTo(left + 2 * width - 30, y + 56)
    .lineWidth(0.6)
    .strokeColor(MUTED)
    .stroke();
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('ro-RO', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Bucharest',
  }).format(date);
}

function categoryLabel(category: string): string {
  const label = PROVIDER_CATEGORY_LABELS[category as ProviderCategory];
  return label ? `${category} — ${label.ro}` : category;
}

/** `2026-01-01` → `01.01.2026`, as dates are written in Romanian documents. */
function isoToRomanian(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}
