/**
 * A signed-in bench user as a browser would be: the session cookie plus the XSRF-TOKEN cookie,
 * echoed as the X-XSRF-TOKEN header on writes (the API's double-submit check).
 */
export class BenchSession {
  private readonly cookies = new Map<string, string>();

  private constructor(
    readonly baseUrl: string,
    readonly email: string,
  ) {}

  static async signIn(baseUrl: string, email: string, password: string): Promise<BenchSession> {
    const session = new BenchSession(baseUrl, email);
    await session.request('GET', '/api/health');
    const reply = await session.request('POST', '/api/auth/login', { email, password });
    if (reply.status !== 200)
      throw new Error(`Signing in as ${email} failed: ${reply.status} ${reply.text.slice(0, 300)}`);
    return session;
  }

  /** The headers autocannon sends for this user (cookies, CSRF echo, JSON). */
  headers(): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'content-type': 'application/json',
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    };
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf);
    return headers;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; text: string; response: Response }> {
    const headers = this.headers();
    if (body === undefined) delete headers['content-type'];
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1));
    }
    return { status: response.status, text: await response.text(), response };
  }

  /** GET that must answer 2xx with JSON. */
  async json<T>(path: string): Promise<T> {
    const reply = await this.request('GET', path);
    if (reply.status < 200 || reply.status > 299)
      throw new Error(`GET ${path} as ${this.email}: ${reply.status} ${reply.text.slice(0, 300)}`);
    return JSON.parse(reply.text) as T;
  }
}
