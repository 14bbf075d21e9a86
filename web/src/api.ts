// The explorer's only way to data: the govkg HTTP API. Errors come back as ApiError with the
// server's code and message; nothing here touches the DOM.

import type { Evidence, NodeKind, Template, ViewGraph } from '../../graph/types.js';

export type { Evidence, Template };

import type { QueryResult } from './state/query-state.js';
import { type Scope, scopeQuery } from './state/scope-state.js';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The API token of a server bound beyond loopback (GOVKG_API_TOKEN): given once in the URL's
 * fragment (#token=…), kept for the tab's session, never put in links the page writes.
 */
function apiToken(): string | null {
  const fromFragment = /(?:^#|&)token=([^&]+)/.exec(location.hash)?.[1];
  if (fromFragment) {
    sessionStorage.setItem('govkg-token', decodeURIComponent(fromFragment));
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  return sessionStorage.getItem('govkg-token');
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  const token = apiToken();
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init?.headers ?? {}),
      },
    });
  } catch (cause) {
    throw new ApiError('NETWORK', `the server did not answer (${(cause as Error).message})`);
  }
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok)
    throw new ApiError(body?.error?.code ?? String(response.status), body?.error?.message ?? response.statusText);
  return body as T;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export interface DocumentSummary {
  key: string;
  name: string;
  title?: string;
  region: string;
  year: number | null;
  /** The report's Jurisdiction key and name, the year it reviews, its number of measures. */
  placeKey?: string | null;
  place?: string | null;
  reviewedYear?: number | null;
  measures?: number;
}
export interface SearchHit {
  key: string;
  kind: NodeKind;
  name: string;
  aliases: string[] | null;
  score: number;
}
export interface Neighbour {
  direction: 'in' | 'out';
  key: string;
  kind: NodeKind;
  name: string;
  evidence: Evidence | null;
}
export interface NodeDetail {
  key: string;
  kind: NodeKind;
  properties: Record<string, unknown>;
  neighbours: Record<string, Neighbour[]>;
}
export interface Mention {
  start: number;
  end: number;
  key: string;
  kind: NodeKind;
}
export interface DocumentText {
  id: string;
  text: string;
  mentions: Mention[];
}

const enc = encodeURIComponent;

export const api = {
  documents: () => request<{ documents: DocumentSummary[] }>('/api/documents'),
  graph: (scope: Scope) => {
    const query = scopeQuery(scope);
    return request<ViewGraph>(`/api/graph${query ? `?${query}` : ''}`);
  },
  search: (q: string, scope?: Scope) => {
    const query = scope ? scopeQuery(scope) : '';
    return request<{ hits: SearchHit[] }>(`/api/search?q=${enc(q)}${query ? `&${query}` : ''}`);
  },
  /** The corpus overview; `query` from overviewQuery. */
  overview: <T>(query: string) => request<T>(`/api/overview${query ? `?${query}` : ''}`),
  node: (key: string) => request<NodeDetail>(`/api/nodes/${enc(key)}`),
  neighbours: (key: string, limit = 50) => request<ViewGraph>(`/api/nodes/${enc(key)}/neighbours?limit=${limit}`),
  documentText: (id: string) => request<DocumentText>(`/api/documents/${enc(id)}/text`),
  templates: () => request<{ templates: Template[] }>('/api/templates'),
  runTemplate: (name: string, params: Record<string, unknown> = {}) =>
    request<QueryResult>(`/api/templates/${enc(name)}`, post({ params })),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    request<QueryResult>('/api/cypher', post({ query, params })),
  /** A question across reports (/api/corpus/…): jurisdictions, indicators. */
  corpus: <T>(path: 'jurisdictions' | 'indicators') => request<T>(`/api/corpus/${path}`),
};

/** "CODE: message" for an ApiError, the message for anything else (for logs and tool tips). */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

let templateCache: Promise<Template[]> | null = null;

/** The server's named templates, fetched once. */
export function templates(): Promise<Template[]> {
  templateCache ??= api.templates().then(
    (r) => r.templates,
    (error) => {
      templateCache = null;
      throw error;
    },
  );
  return templateCache;
}
