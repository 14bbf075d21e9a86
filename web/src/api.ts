// The explorer's only way to data: the govkg HTTP API. Errors come back as ApiError with the
// server's code and message.

import type { NodeKind, ViewGraph } from '../../graph/types.js';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) },
  });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok)
    throw new ApiError(body?.error?.code ?? String(response.status), body?.error?.message ?? response.statusText);
  return body as T;
}

export interface DocumentSummary {
  key: string;
  name: string;
  region: string;
  year: number | null;
}
export interface SearchHit {
  key: string;
  kind: NodeKind;
  name: string;
  aliases: string[] | null;
  score: number;
}
export interface Evidence {
  doc: string;
  section: string;
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
}
export interface NodeDetail {
  key: string;
  kind: NodeKind;
  properties: Record<string, unknown>;
  neighbours: Record<
    string,
    { direction: 'in' | 'out'; key: string; kind: NodeKind; name: string; evidence: Evidence | null }[]
  >;
}

export const api = {
  documents: () => request<{ documents: DocumentSummary[] }>('/api/documents'),
  graph: (doc: string | null) => request<ViewGraph>(`/api/graph${doc ? `?doc=${encodeURIComponent(doc)}` : ''}`),
  search: (q: string) => request<{ hits: SearchHit[] }>(`/api/search?q=${encodeURIComponent(q)}`),
  node: (key: string) => request<NodeDetail>(`/api/nodes/${encodeURIComponent(key)}`),
};
