import { type ApiErrorBody, type MeResponse } from '@techpact/contracts';

export const DEMO_PASSWORD = 'techpact-demo';

export function baseUrl(): string {
  const url = process.env['API_BASE_URL'];
  if (!url) throw new Error('API_BASE_URL is not set: run through the api-e2e global setup');
  return url;
}

export interface Reply<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie as Angular does. */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  sendCsrf = true;

  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    if (method !== 'GET' && !this.cookies.has('XSRF-TOKEN'))
      await this.request('GET', '/api/health');
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0)
      headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (this.sendCsrf && xsrf && method !== 'GET')
      headers['x-xsrf-token'] = decodeURIComponent(xsrf);
    const response = await fetch(baseUrl() + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      if (/expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      headers: response.headers,
    };
  }

  get<T = unknown>(path: string): Promise<Reply<T>> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown): Promise<Reply<T>> {
    return this.request<T>('POST', path, body ?? {});
  }

  patch<T = unknown>(path: string, body: unknown): Promise<Reply<T>> {
    return this.request<T>('PATCH', path, body);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export async function signIn(email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const client = new ApiClient();
  const reply = await client.post<MeResponse | ApiErrorBody>('/api/auth/login', {
    email,
    password,
  });
  if (reply.status !== 200)
    throw new Error(`Sign-in as ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return client;
}
