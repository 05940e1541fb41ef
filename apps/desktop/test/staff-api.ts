import { execFileSync } from 'node:child_process';
import { makeValidFiscalCode } from '@siui/core';
import { SIUI_ADMIN_PASSWORD } from './siui-server';

// What the county house's staff do for a provider before the desktop can work (seed section 2),
// through the SIUI server's staff API as the CNAS administrator.

export interface TestProvider {
  id: string;
  code: string;
  name: string;
  fiscalCode: string;
  house: string;
  /** The activation key printed in generatePassword.pdf. */
  key: string;
  externalUserId: string;
}

let uniqueCounter = 0;

export class StaffApi {
  private cookie = '';

  private constructor(private readonly url: string) {}

  static async logIn(url: string): Promise<StaffApi> {
    const api = new StaffApi(url);
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: SIUI_ADMIN_PASSWORD }),
    });
    if (!response.ok) throw new Error(`login: ${response.status} ${await response.text()}`);
    api.cookie = response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
    return api;
  }

  async call(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.url}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.call(method, path, body);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** A provider with a contract around today, its activation key and external user. */
  async createProvider(
    options: { house?: string; name?: string; category?: string } = {},
  ): Promise<TestProvider> {
    uniqueCounter += 1;
    const unique = `${Date.now() % 1_000_000}${uniqueCounter}`.slice(-7);
    const house = options.house ?? 'CAS-AB';
    const year = new Date().getFullYear();
    const created = await this.json<{ id: string; code: string; name: string; fiscalCode: string }>(
      'POST',
      '/api/providers',
      {
        code: `D${unique}`,
        name: options.name ?? `Clinica Sfântul Ștefan ${unique}`,
        fiscalCode: makeValidFiscalCode(`1${unique}`),
        category: options.category ?? 'CLIN',
        contractNumber: `C-${unique}`,
        contractStart: `${year - 1}-01-01`,
        contractEnd: `${year + 1}-12-31`,
        insuranceHouse: house,
      },
    );
    const key = await this.keyFromPdf('POST', `/api/providers/${created.id}/activation-key`);
    const users = await this.json<{ items: { id: string }[] }>(
      'GET',
      `/api/users?providerCode=${created.code}&kind=external`,
    );
    const externalUserId = users.items[0]?.id;
    if (!externalUserId) throw new Error(`no external user for ${created.code}`);
    return { ...created, house, key, externalUserId };
  }

  /** Resetare parolă: the old key dies at once; returns the new one. */
  resetKey(provider: TestProvider): Promise<string> {
    return this.keyFromPdf('POST', `/api/providers/${provider.id}/activation-key/reset`);
  }

  registerIssuingAuthority(caPem: string): Promise<{ id: string }> {
    return this.json('POST', '/api/issuing-authorities', { certificatePem: caPem });
  }

  registerCertificate(provider: TestProvider, certificatePem: string): Promise<{ id: string }> {
    return this.json('POST', '/api/user-certificates', { userId: provider.externalUserId, certificatePem });
  }

  setSuspended(certificateId: string, suspended: boolean): Promise<unknown> {
    return this.json('PATCH', `/api/user-certificates/${certificateId}`, { suspended });
  }

  async reportsOf(provider: TestProvider): Promise<{ idempotencyKey: string; state: string }[]> {
    const page = await this.json<{ items: { idempotencyKey: string; state: string }[] }>(
      'GET',
      `/api/reports?providerCode=${provider.code}&insuranceHouse=${provider.house}&pageSize=200`,
    );
    return page.items;
  }

  /** The provider's online logouts (*Deconectare*) in the house's Log OCSP. */
  async logoutsOf(provider: TestProvider): Promise<number> {
    const page = await this.json<{ items: { details: { closed?: string } | null }[] }>(
      'GET',
      `/api/ocsp-log?providerCode=${provider.code}&insuranceHouse=${provider.house}&operation=SESSION&result=ALLOWED`,
    );
    return page.items.filter((entry) => entry.details?.closed === 'LOGOUT').length;
  }

  private async keyFromPdf(method: string, path: string): Promise<string> {
    const response = await this.call(method, path);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString();
    const match = /\b([0-9A-Z]{5}) +([0-9A-Z]{5}) +([0-9A-Z]{5}) +([0-9A-Z]{5})\b/.exec(text);
    if (!match) throw new Error(`no activation key in the PDF:\n${text}`);
    return match.slice(1, 5).join('-');
  }
}
