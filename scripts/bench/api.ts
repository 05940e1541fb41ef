/** The staff API over HTTP, as the console uses it (cookie sessions). */

export interface ApiAnswer {
  status: number;
  body: Buffer;
  json<T = Record<string, unknown>>(): T;
}

export class StaffApi {
  constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<StaffApi> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('siui_session='));
    if (!cookie) throw new Error(`login ${username}: no session cookie`);
    return new StaffApi(baseUrl, cookie);
  }

  async call(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      body: bytes,
      json: <T>() => JSON.parse(bytes.toString('utf8')) as T,
    };
  }

  /** The call, which must answer `expected`; its JSON. */
  async expect<T = Record<string, unknown>>(
    expected: number,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const answer = await this.call(method, path, body);
    if (answer.status !== expected) {
      throw new Error(`${method} ${path}: ${answer.status} ${answer.body.toString('utf8').slice(0, 500)}`);
    }
    return answer.json<T>();
  }
}
