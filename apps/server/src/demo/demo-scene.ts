import fs from 'node:fs';
import path from 'node:path';
import { CNAS_CODE, makeValidCnp } from '@siui/core';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { ActivationKeysService } from '../modules/activation-keys/activation-keys.service';
import type { KeyHasher } from '../modules/activation-keys/key-hasher';
import { recordAudit } from '../modules/audit/audit.service';
import { AuthService } from '../modules/auth/auth.service';
import { hashPassword } from '../modules/auth/password-hasher';
import { ReportsService } from '../modules/reports/reports.service';
import { replaceUserRoles } from '../modules/users/user-roles.repository';
import { insertUser } from '../modules/users/users.repository';
import { createDemoCa, demoDirectory, issueDemoCertificate, writePkcs12 } from './demo-ca';
import { DEMO_PASSWORDS, DEMO_PROVIDERS, DEMO_STAFF, type DemoProvider } from './demo-data';
import { DEMO_OCSP_PATH } from './demo-ocsp.routes';

export class DemoRefusedError extends Error {}

export interface DemoSummary {
  directory: string;
  consoleUrl: string;
  staff: { username: string; password: string; house: string; role: string }[];
  providers: (DemoProvider & {
    key: string | null;
    pdf: string | null;
    p12: string | null;
    pem: string | null;
  })[];
}

interface Context {
  config: Config;
  database: Database;
  app: FastifyInstance;
  hasher: KeyHasher;
}

/**
 * `siui demo`: a complete scene built through the same services and API a user would use — houses'
 * staff, a demo certificate authority (with its OCSP responder, served by SIUI) registered as issuing
 * authority, providers with keys, agreements, certificates as .p12 files, registrations (one
 * suspended, one revoked by its issuer), an activation and a few reports.
 */
export async function createDemoScene(context: Context, options: { force: boolean }): Promise<DemoSummary> {
  await assertMayCreate(context.database, options.force);
  const directory = demoDirectory(context.config.dataDir);
  fs.mkdirSync(path.join(directory, 'certificate'), { recursive: true });
  fs.mkdirSync(path.join(directory, 'conventii'), { recursive: true });
  await createStaff(context.database);
  const cookie = await login(context.app, 'demo.cnas');
  const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const response = await context.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.body}`);
    return response.json();
  };

  const ca = await createDemoCa(context.config.dataDir);
  const consoleUrl = `http://${context.config.http.host}:${context.config.http.port}`;
  await api('POST', '/api/issuing-authorities', {
    certificatePem: ca.certificatePem,
    ocspUrl: `${consoleUrl}${DEMO_OCSP_PATH}`,
  });

  const principal = await new AuthService(context.database.db, context.config).authenticate(
    cookie.split('=')[1] ?? '',
  );
  if (!principal) throw new Error('demo.cnas has no session');
  const keys = new ActivationKeysService(context.database.db, context.hasher);
  const providers: DemoSummary['providers'] = [];
  for (const demo of DEMO_PROVIDERS) {
    const provider = await api('POST', '/api/providers', providerBody(demo));
    let key: string | null = null;
    let pdf: string | null = null;
    if (demo.situation !== 'no-key') {
      const issued = await keys.issue(principal, provider.id, 'generate', {
        userId: principal.userId,
        username: principal.username,
        clientIp: null,
      });
      key = issued.key;
      pdf = path.join(directory, 'conventii', `generatePassword-${demo.code}.pdf`);
      fs.writeFileSync(pdf, issued.pdf);
    }
    let p12: string | null = null;
    let pem: string | null = null;
    if (demo.situation !== 'no-key') {
      const leaf = await issueDemoCertificate(
        context.config.dataDir,
        ca,
        { organization: demo.name, commonName: demo.name, fiscalCode: demo.fiscalCode },
        demo.situation === 'revoked-at-issuer' ? 'revoked' : 'good',
      );
      p12 = path.join(directory, 'certificate', `${demo.code}.p12`);
      pem = path.join(directory, 'certificate', `${demo.code}.pem`);
      await writePkcs12(leaf, p12, DEMO_PASSWORDS.p12);
      fs.writeFileSync(pem, leaf.certificatePem);
      fs.writeFileSync(path.join(directory, 'certificate', `${demo.code}-key.pem`), leaf.keyPem, {
        mode: 0o600,
      });
      if (demo.situation !== 'certificate-to-register') {
        const users = await api('GET', `/api/users?providerCode=${demo.code}&insuranceHouse=${demo.house}`);
        const registration = await api('POST', '/api/user-certificates', {
          userId: users.items[0].id,
          certificatePem: leaf.certificatePem,
          notes: 'Certificat demo',
        });
        if (demo.situation === 'suspended') {
          await api('PATCH', `/api/user-certificates/${registration.id}`, {
            suspended: true,
            reason: 'Demo: furnizorul a raportat pierderea dispozitivului cu certificatul',
          });
        }
      }
    }
    if (demo.situation === 'ready' && key) {
      await context.app.inject({
        method: 'POST',
        url: '/api/activation',
        payload: {
          licenseSerial: key,
          insuranceHouse: demo.house,
          installationId: 'demo-instalare-cabinet',
          reactivateCurrentDatabase: false,
        },
      });
      await addReports(context.database, provider.id);
    }
    providers.push({ ...demo, key, pdf, p12, pem });
  }
  return {
    directory,
    consoleUrl,
    staff: DEMO_STAFF.map((member) => ({
      username: member.username,
      password: DEMO_PASSWORDS.staff,
      house: member.house,
      role: member.roles.join(', '),
    })),
    providers,
  };
}

/** A demo goes only into an empty database or one holding a demo already (then it says so). */
async function assertMayCreate(database: Database, force: boolean): Promise<void> {
  const demo = await database.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'demo.cnas')
    .executeTakeFirst();
  if (demo)
    throw new DemoRefusedError(
      'Scena demo există deja în această bază de date. / The demo scene already exists in this database.',
    );
  if (force) return;
  const providers = await database.db
    .selectFrom('providers')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const users = await database.db
    .selectFrom('users')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('username', '<>', 'admin')
    .executeTakeFirstOrThrow();
  if (providers.n > 0 || users.n > 0) {
    throw new DemoRefusedError(
      'Baza de date conține deja date reale (furnizori sau utilizatori); scena demo nu le atinge. Folosiți un SIUI_DATA_DIR gol sau --force. ' +
        '/ The database already holds non-demo data; use an empty SIUI_DATA_DIR or --force.',
    );
  }
}

async function createStaff(database: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORDS.staff);
  await database.db.transaction().execute(async (trx) => {
    for (const member of DEMO_STAFF) {
      const row = await insertUser(trx, {
        username: member.username,
        kind: 'internal',
        full_name: member.fullName,
        insurance_house_code: member.house,
        password_hash: passwordHash,
        provider_id: null,
      });
      await replaceUserRoles(trx, row.id, [...member.roles]);
      await recordAudit(
        trx,
        { userId: null, username: 'siui demo', clientIp: null },
        {
          action: 'user.create',
          entityType: 'user',
          entityId: row.id,
          houseCode: member.house === CNAS_CODE ? CNAS_CODE : member.house,
          after: { username: member.username, roles: member.roles, demo: true },
        },
      );
    }
  });
}

async function login(app: FastifyInstance, username: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORDS.staff },
  });
  const cookie = response.cookies.find((c) => c.name === 'siui_session');
  if (!cookie) throw new Error(`demo login ${username} failed: ${response.body}`);
  return `siui_session=${cookie.value}`;
}

function providerBody(demo: DemoProvider) {
  const year = new Date().getFullYear();
  return {
    code: demo.code,
    name: demo.name,
    fiscalCode: demo.fiscalCode,
    category: demo.category,
    insuranceHouse: demo.house,
    registrationNumber: `J${demo.house === 'CAS-AB' ? '01' : '12'}/${100 + DEMO_PROVIDERS.indexOf(demo)}/2015`,
    address: demo.address,
    legalRepresentative: demo.legalRepresentative,
    email: `contact@${demo.code.toLowerCase()}.demo.ro`,
    phone: '0258 000 000',
    contractNumber: `${demo.category}-${year}-${String(DEMO_PROVIDERS.indexOf(demo) + 1).padStart(3, '0')}`,
    contractStart: `${year - 1}-01-01`,
    contractEnd: `${year + 1}-12-31`,
  };
}

/** Two monthly reports of the ready provider, one clean and one with validation messages. */
async function addReports(database: Database, providerId: string): Promise<void> {
  const provider = await database.db
    .selectFrom('providers')
    .selectAll()
    .where('id', '=', providerId)
    .executeTakeFirstOrThrow();
  const user = await database.db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('provider_id', '=', providerId)
    .executeTakeFirstOrThrow();
  const reports = new ReportsService(database.db);
  const context = {
    sessionId: 'demo',
    houseCode: provider.insurance_house_code,
    userId: user.id,
    username: user.username,
    providerId,
    providerCode: provider.code,
    category: provider.category as 'MF',
    contractStart: provider.contract_start,
    contractEnd: provider.contract_end,
    serial: 'DEMO',
    authorityId: '',
  };
  const now = new Date();
  for (const [monthsBack, withErrors] of [
    [2, false],
    [1, true],
  ] as const) {
    const month = new Date(now.getFullYear(), now.getMonth() - monthsBack, 1);
    const period = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
    const patient = makeValidCnp({ birthDate: '1958-04-21', sex: 'F', countyCode: '01' });
    const other = makeValidCnp({ birthDate: '1990-11-02', sex: 'M', countyCode: '01' });
    const lines = [
      { cnp: patient, serviceCode: 'C001', date: `${period}-05`, quantity: 1 },
      { cnp: other, serviceCode: 'C003', date: `${period}-12`, quantity: 1 },
      ...(withErrors
        ? [
            {
              cnp: `${other.slice(0, 12)}${(Number(other[12]) + 3) % 10}`,
              serviceCode: 'C002',
              date: `${period}-14`,
              quantity: 1,
            },
            { cnp: patient, serviceCode: 'X999', date: `${period}-20`, quantity: 1 },
          ]
        : []),
    ];
    await reports.receive(
      context,
      { type: 'MF', period, idempotencyKey: `demo-${provider.code}-${period}`, lines },
      { clientIp: '127.0.0.1', language: 'ro' },
    );
  }
}
