import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentsRoutes } from './routes/contents';
import { issueCommentRoutes } from './routes/issue-comments';
import { GitHubState } from './state';
import { artifactRoutes } from './routes/artifacts';
import { notFound, type Fault, type RecordedRequest, type Route, type RouteContext, type StandInResponse } from './types';

export type { Fault, RecordedRequest, Route, RouteContext, StandInResponse } from './types';

/**
 * A loopback stand-in for the GitHub REST API: node:http on 127.0.0.1 with an ephemeral port,
 * under a GHES-style `/api/v3` prefix (so clients must honour GITHUB_API_URL's path), serving the
 * routes it is given and recording every request. Besides the REST routes it plays the Actions
 * results service and blob storage that @actions/artifact uploads to (see routes/artifacts.ts).
 * Add routes with `addRoute` (issue 8 adds Git Data, pulls and the artifacts REST API); inject
 * failures by route name with `fail`.
 */

const API_PREFIX = '/api/v3';

export class GitHubStandIn {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[] = [];
  private readonly faults = new Map<string, Fault>();

  private constructor(
    private readonly server: Server,
    readonly state: GitHubState,
    /** Origin, e.g. `http://127.0.0.1:40123`: GITHUB_SERVER_URL. */
    readonly serverUrl: string,
  ) {}

  /** GITHUB_API_URL for clients. */
  get apiUrl(): string {
    return `${this.serverUrl}${API_PREFIX}`;
  }

  static async start(state = new GitHubState()): Promise<GitHubStandIn> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const standIn = new GitHubStandIn(server, state, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = standIn.answer(request.method ?? 'GET', request.url ?? '/', request.headers, Buffer.concat(chunks));
        const bytes = answer.body instanceof Uint8Array;
        if (answer.body === undefined) {
          response.writeHead(answer.status, { 'content-length': '0', ...answer.headers });
          response.end();
          return;
        }
        response.writeHead(answer.status, { 'content-type': bytes ? 'application/vnd.github.raw' : 'application/json; charset=utf-8', ...answer.headers });
        response.end(bytes ? (answer.body as Uint8Array) : JSON.stringify(answer.body));
      });
    });
    for (const route of [...issueCommentRoutes, ...contentsRoutes, ...artifactRoutes]) standIn.addRoute(route);
    return standIn;
  }

  addRoute(route: Route): void {
    this.routes.push(route);
  }

  fail(routeName: string, fault: Fault): void {
    if (!this.routes.some((route) => route.name === routeName)) throw new Error(`the stand-in has no route named ${routeName}`);
    this.faults.set(routeName, { ...fault });
  }

  /** Requests answered by one route, in order. */
  requestsTo(routeName: string): RecordedRequest[] {
    return this.requests.filter((r) => r.route === routeName);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private answer(method: string, rawUrl: string, headers: IncomingHttpHeaders, rawBody: Buffer): StandInResponse {
    const url = new URL(rawUrl, this.serverUrl);
    let body: unknown = undefined;
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        body = rawBody.toString('utf8');
      }
    }
    const record: RecordedRequest = { method, path: safeDecode(url.pathname), query: Object.fromEntries(url.searchParams), headers, body, route: 'unmatched', status: 404 };
    this.requests.push(record);
    const result = this.dispatch(method, url, { headers, body, rawBody }, record);
    record.status = result.status;
    return result;
  }

  private dispatch(method: string, url: URL, request: Pick<RouteContext, 'headers' | 'body' | 'rawBody'>, record: RecordedRequest): StandInResponse {
    const underApi = url.pathname.startsWith(`${API_PREFIX}/`);
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const base = route.base ?? 'api';
      if (base === 'api' && !underApi) continue;
      const path = base === 'api' ? url.pathname.slice(API_PREFIX.length) : url.pathname;
      const params = matchPattern(route.pattern, path);
      if (!params) continue;
      record.route = route.name;
      record.path = safeDecode(path);
      if ((route.auth ?? 'github-token') === 'github-token' && request.headers.authorization !== `token ${this.state.token}`) {
        return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
      }
      if (params.owner !== undefined && `${params.owner}/${params.repo}` !== this.state.repository) return notFound();
      const fault = this.faults.get(route.name);
      if (fault && (fault.times === undefined || fault.times > 0)) {
        if (fault.times !== undefined) fault.times -= 1;
        return { status: fault.status, body: { message: fault.message ?? 'Fault injected by the stand-in', documentation_url: 'https://docs.github.com/rest' }, headers: fault.headers };
      }
      return route.handle({ params, query: url.searchParams, ...request, state: this.state, apiUrl: this.apiUrl, serverUrl: this.serverUrl });
    }
    return notFound();
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Matches `/a/:b/*c` against a path; segments are percent-decoded after matching. */
function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i];
    if (part.startsWith('*')) {
      if (i >= got.length) return null;
      params[part.slice(1)] = got.slice(i).map(safeDecode).join('/');
      return params;
    }
    if (i >= got.length) return null;
    if (part.startsWith(':')) params[part.slice(1)] = safeDecode(got[i]);
    else if (part !== got[i]) return null;
  }
  return want.length === got.length ? params : null;
}
