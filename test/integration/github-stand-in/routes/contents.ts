import { createHash } from 'node:crypto';
import { notFound, type Route, type RouteContext, type StandInResponse } from '../types';

/** Above this the contents API's JSON carries no content (encoding "none"); GitHub's documented limit is 1 MB. */
export const CONTENTS_INLINE_LIMIT_BYTES = 1024 * 1024;

/** Git's blob id: sha1 of `blob <size>\0<bytes>`. */
function blobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function wantsRaw(context: RouteContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(String(context.headers.accept ?? ''));
}

function getContents(context: RouteContext): StandInResponse {
  const path = context.params.path.replace(/\/+$/, '');
  const ref = context.query.get('ref') ?? 'main';
  const bytes = context.state.file(ref, path);
  const repo = context.state.repository;
  if (!bytes) {
    const children = context.state.children(ref, path);
    if (children.length === 0) return notFound();
    return { status: 200, body: children.map((c) => ({ type: c.type, name: c.name, path: `${path}/${c.name}` })) };
  }
  if (wantsRaw(context)) return { status: 200, body: bytes };
  const inline = bytes.length <= CONTENTS_INLINE_LIMIT_BYTES;
  return {
    status: 200,
    body: {
      type: 'file',
      name: path.split('/').at(-1),
      path,
      sha: blobSha(bytes),
      size: bytes.length,
      url: `${context.apiUrl}/repos/${repo}/contents/${path}?ref=${ref}`,
      // GitHub wraps base64 at 60 characters; clients must cope with the newlines.
      content: inline ? (Buffer.from(bytes).toString('base64').match(/.{1,60}/g) ?? []).join('\n') : '',
      encoding: inline ? 'base64' : 'none',
    },
  };
}

export const contentsRoutes: Route[] = [{ name: 'contents.get', method: 'GET', pattern: '/repos/:owner/:repo/contents/*path', handle: getContents }];
