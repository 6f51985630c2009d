import type { IncomingHttpHeaders } from 'node:http';
import type { GitHubState } from './state';

/** The stand-in's request, response and route shapes (routes import these, not the server). */

export interface RecordedRequest {
  method: string;
  /** Path below the API prefix, decoded, e.g. `/repos/acme/models/issues/12/comments`. */
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
  body: unknown;
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

