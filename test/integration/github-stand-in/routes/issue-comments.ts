import { notFound, type Route, type RouteContext, type StandInResponse } from '../types';
import type { StoredComment } from '../state';

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

function toRest(comment: StoredComment, context: RouteContext): Record<string, unknown> {
  const repo = context.state.repository;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${context.apiUrl}/repos/${repo}/issues/comments/${comment.id}`,
    html_url: `${context.serverUrl}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${context.apiUrl}/repos/${repo}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: { login: comment.login, type: comment.login.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE',
  };
}

/** GitHub's pagination: `per_page` (at most 100) and `page`, with a Link header for next/last. */
function listComments(context: RouteContext): StandInResponse {
  const issue = Number(context.params.number);
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Number(context.query.get('per_page') ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE));
  const page = Math.max(1, Number(context.query.get('page') ?? 1) || 1);
  const all = context.state.commentsOn(issue);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const slice = all.slice((page - 1) * perPage, page * perPage);
  const link = (n: number, rel: string) => `<${context.apiUrl}/repos/${context.state.repository}/issues/${issue}/comments?per_page=${perPage}&page=${n}>; rel="${rel}"`;
  const links: string[] = [];
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  return { status: 200, body: slice.map((c) => toRest(c, context)), headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function bodyOf(context: RouteContext): string | undefined {
  const body = context.body as { body?: unknown } | undefined;
  return typeof body?.body === 'string' ? body.body : undefined;
}

function unprocessable(): StandInResponse {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] } };
}

export const issueCommentRoutes: Route[] = [
  { name: 'issue-comments.list', method: 'GET', pattern: '/repos/:owner/:repo/issues/:number/comments', handle: listComments },
  {
    name: 'issue-comments.create',
    method: 'POST',
    pattern: '/repos/:owner/:repo/issues/:number/comments',
    handle(context) {
      const body = bodyOf(context);
      if (body === undefined) return unprocessable();
      return { status: 201, body: toRest(context.state.addComment(Number(context.params.number), body, 'github-actions[bot]'), context) };
    },
  },
  {
    name: 'issue-comments.update',
    method: 'PATCH',
    pattern: '/repos/:owner/:repo/issues/comments/:id',
    handle(context) {
      const body = bodyOf(context);
      if (body === undefined) return unprocessable();
      const comment = context.state.updateComment(Number(context.params.id), body);
      return comment ? { status: 200, body: toRest(comment, context) } : notFound();
    },
  },
  {
    name: 'issue-comments.delete',
    method: 'DELETE',
    pattern: '/repos/:owner/:repo/issues/comments/:id',
    handle: (context) => (context.state.deleteComment(Number(context.params.id)) ? { status: 204 } : notFound()),
  },
];
