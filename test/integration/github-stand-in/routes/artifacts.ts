import type { Route, RouteContext, StandInResponse } from '../types';

/**
 * What @actions/artifact (v2+) talks to: the Actions results service's Twirp API
 * (CreateArtifact -> a signed blob URL; FinalizeArtifact) under ACTIONS_RESULTS_URL, and Azure
 * blob storage's block upload (Put Block, Put Block List) at that URL. Only what an upload needs.
 */

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService';
const BLOB_ROOT = '/devstoreaccount1/actions-results';

function twirpError(status: number, code: string, msg: string): StandInResponse {
  return { status, body: { code, msg } };
}

function authorized(context: RouteContext): boolean {
  return context.headers.authorization === `Bearer ${context.state.runtimeToken}`;
}

interface TwirpArtifactRequest {
  workflow_run_backend_id?: string;
  workflow_job_run_backend_id?: string;
  name?: string;
  size?: string;
  hash?: string;
}

function createArtifact(context: RouteContext): StandInResponse {
  if (!authorized(context)) return twirpError(401, 'unauthenticated', 'invalid runtime token');
  const request = context.body as TwirpArtifactRequest;
  if (request.workflow_run_backend_id !== context.state.runBackendId || request.workflow_job_run_backend_id !== context.state.jobBackendId || !request.name) {
    return twirpError(400, 'invalid_argument', 'unknown workflow run or job, or no name');
  }
  if (context.state.artifact(request.name)?.finalized) {
    return twirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run: ${request.name}`);
  }
  const artifact = context.state.createArtifact(request.name, request.workflow_run_backend_id, request.workflow_job_run_backend_id);
  const signedUploadUrl = `${context.serverUrl}${BLOB_ROOT}/${artifact.id}/${encodeURIComponent(artifact.name)}.zip?sv=2023-11-03&sr=b&sp=cw&sig=${artifact.signature}`;
  return { status: 200, body: { ok: true, signed_upload_url: signedUploadUrl } };
}

function finalizeArtifact(context: RouteContext): StandInResponse {
  if (!authorized(context)) return twirpError(401, 'unauthenticated', 'invalid runtime token');
  const request = context.body as TwirpArtifactRequest;
  const artifact = request.name ? context.state.artifact(request.name) : undefined;
  if (!artifact || !artifact.content) return twirpError(404, 'not_found', 'no uploaded artifact with this name');
  artifact.finalized = true;
  artifact.size = Number(request.size ?? artifact.content.length);
  artifact.hash = request.hash;
  return { status: 200, body: { ok: true, artifact_id: String(artifact.id) } };
}

function blobHeaders(): Record<string, string> {
  return { 'x-ms-request-id': crypto.randomUUID(), 'x-ms-version': '2023-11-03', date: new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' };
}

/** Put Block (`comp=block`), Put Block List (`comp=blocklist`), or a whole blob in one Put Blob. */
function putBlob(context: RouteContext): StandInResponse {
  const artifact = context.state.artifacts.find((a) => String(a.id) === context.params.id);
  if (!artifact || context.query.get('sig') !== artifact.signature) return { status: 403, body: undefined, headers: { 'x-ms-error-code': 'AuthenticationFailed' } };
  const comp = context.query.get('comp');
  if (comp === 'block') {
    artifact.blocks.set(context.query.get('blockid') ?? '', context.rawBody);
    return { status: 201, headers: blobHeaders() };
  }
  if (comp === 'blocklist') {
    const ids = [...context.rawBody.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]);
    const missing = ids.filter((id) => !artifact.blocks.has(id));
    if (missing.length > 0) return { status: 400, headers: { 'x-ms-error-code': 'InvalidBlockList' } };
    artifact.content = Buffer.concat(ids.map((id) => artifact.blocks.get(id)!));
    artifact.contentType = String(context.headers['x-ms-blob-content-type'] ?? '');
    return { status: 201, headers: { ...blobHeaders(), etag: `"0x${artifact.id.toString(16)}"`, 'last-modified': new Date().toUTCString() } };
  }
  if (comp === null) {
    artifact.content = context.rawBody;
    artifact.contentType = String(context.headers['x-ms-blob-content-type'] ?? context.headers['content-type'] ?? '');
    return { status: 201, headers: { ...blobHeaders(), etag: `"0x${artifact.id.toString(16)}"`, 'last-modified': new Date().toUTCString() } };
  }
  return { status: 400, headers: { 'x-ms-error-code': 'InvalidQueryParameterValue' } };
}

export const artifactRoutes: Route[] = [
  { name: 'artifacts.create', method: 'POST', base: 'root', auth: 'own', pattern: `${SERVICE}/CreateArtifact`, handle: createArtifact },
  { name: 'artifacts.finalize', method: 'POST', base: 'root', auth: 'own', pattern: `${SERVICE}/FinalizeArtifact`, handle: finalizeArtifact },
  { name: 'artifacts.blob', method: 'PUT', base: 'root', auth: 'own', pattern: `${BLOB_ROOT}/:id/:file`, handle: putBlob },
];
