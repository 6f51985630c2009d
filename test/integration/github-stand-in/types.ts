import type { IncomingHttpHeaders } from 'node:http';
import type { GitHubState } from './state';

/** The stand-in's request, response and route shapes (routes import these, not the server). */

export interface RecordedRequest {
  method: string;
  /** Path below the API prefix (or from the root for root routes), decoded, e.g. `/repos/acme/models/issues/12/comments`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The route that answered, or `unmatched`. */
  route: string;
  status: number;
}

export interface StandInResponse {
  status: number;
  /** JSON-encoded unless it is bytes (then sent as they are). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The JSON body parsed, else the text. */
  body: unknown;
  /** The body's bytes, for binary uploads. */
  rawBody: Buffer;
  state: GitHubState;
  /** Absolute URL of the API root, for Link headers and `url` fields. */
  apiUrl: string;
  /** Absolute URL of the "web" root, for `html_url` fields. */
  serverUrl: string;
}

export interface Route {
  /** Stable name for failure injection and assertions, e.g. `issue-comments.create`. */
  name: string;
  method: string;
  /** `/repos/:owner/:repo/contents/*path`: `:x` matches one segment, `*x` the rest. */
  pattern: string;
  /** `api` (default): under GITHUB_API_URL's path; `root`: from the host's root (Actions services, blob storage). */
  base?: 'api' | 'root';
  /** `github-token` (default): `Authorization: token <state.token>` is required; `own`: the route checks. */
  auth?: 'github-token' | 'own';
  handle(context: RouteContext): StandInResponse;
}

export interface Fault {
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests fail; default every one. */
  times?: number;
}

export function notFound(): StandInResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

