// The API's writes: POST /api/documents adds a report (its bytes as application/octet-stream,
// its name in X-Govkg-Filename), GET /api/jobs/:id follows it (read → extract → load), DELETE
// /api/documents/:id removes one. A write needs the X-Govkg-Client header, which no cross-site
// form or image can send; a server started read-only refuses them all.

import { basename } from 'node:path';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GovkgError } from '../../graph/errors.js';
import { DEFAULTS as INPUT_DEFAULTS } from '../../ingest/limits.js';
import { formatOf, REPORT_FORMATS } from '../../ingest/read-report.js';
import type { UploadQueue } from './upload-jobs.js';

export interface DocumentRoutesOptions {
  /** Refuse adding and removing reports. Default: false */
  readOnly: boolean;
  /** The largest upload, in bytes. Default: the maxFileBytes of ingest/limits.ts. */
  maxBytes?: number | undefined;
}

/** The header every write carries: a custom header makes a cross-site request need a preflight it never gets. */
export const WRITE_HEADER = 'x-govkg-client';
export const FILENAME_HEADER = 'x-govkg-filename';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function writeGuard(readOnly: boolean) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!WRITE_METHODS.has(request.method)) return;
    if (readOnly) {
      return reply.status(403).send({
        error: {
          code: 'WRITES_DISABLED',
          message: 'this server is read-only (--read-only or GOVKG_READ_ONLY): reports cannot be added or removed here',
        },
      });
    }
    if (!request.headers[WRITE_HEADER]) {
      return reply.status(403).send({
        error: { code: 'WRITE_REFUSED', message: `adding or removing a report needs the header ${WRITE_HEADER}` },
      });
    }
  };
}

/** The uploaded file's name from its header (percent-encoded UTF-8), without any folder. */
export function uploadName(header: unknown): string {
  let name = '';
  try {
    name = decodeURIComponent(String(header ?? ''));
  } catch {
    throw new GovkgError(
      'BAD_REQUEST',
      `${FILENAME_HEADER} must be the file name, percent-encoded (encodeURIComponent)`,
    );
  }
  name = basename(name.replace(/\\/g, '/')).trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (name === '' || name === '.' || name === '..' || name.length > 255 || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new GovkgError('BAD_REQUEST', `${FILENAME_HEADER} must name the file (at most 255 characters)`);
  }
  return name;
}

function tooLarge(name: string, maxBytes: number): GovkgError {
  return new GovkgError(
    'INPUT_TOO_LARGE',
    `${name}: the file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB a report is read to`,
  );
}

export function registerDocumentRoutes(api: FastifyInstance, queue: UploadQueue, options: DocumentRoutesOptions): void {
  const maxBytes = options.maxBytes ?? INPUT_DEFAULTS.maxFileBytes;

  api.get('/uploads', async () => ({
    enabled: !options.readOnly,
    maxBytes,
    formats: Object.keys(REPORT_FORMATS),
  }));

  api.get<{ Params: { id: string } }>('/jobs/:id', async (request) => {
    const job = queue.job(request.params.id);
    if (!job) throw new GovkgError('NOT_FOUND', `no upload job ${request.params.id.slice(0, 80)}`);
    return { job };
  });

  api.register(async (writes) => {
    writes.addHook('onRequest', writeGuard(options.readOnly));
    writes.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_r, body, done) => done(null, body),
    );

    writes.post(
      '/documents',
      {
        bodyLimit: maxBytes,
        // Checked before the body is read: the file's name, its type, and its announced size.
        onRequest: async (request) => {
          const name = uploadName(request.headers[FILENAME_HEADER]);
          formatOf(name);
          if (Number(request.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(name, maxBytes);
        },
        errorHandler: (error: FastifyError, request, reply) => {
          if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
          const name = String(request.headers[FILENAME_HEADER] ?? 'the upload');
          const refused = tooLarge(name, maxBytes);
          return reply.status(413).send({ error: { code: refused.code, message: refused.message } });
        },
      },
      async (request, reply) => {
        const name = uploadName(request.headers[FILENAME_HEADER]);
        if (
          request.body === undefined ||
          request.body === null ||
          (Buffer.isBuffer(request.body) && request.body.length === 0)
        ) {
          throw new GovkgError('INPUT_EMPTY', `${name}: the file is empty`);
        }
        if (!Buffer.isBuffer(request.body)) {
          throw new GovkgError('UNSUPPORTED_FORMAT', `${name}: send the file's bytes as application/octet-stream`);
        }
        const job = queue.submit(name, request.body);
        return reply.status(202).send({ job });
      },
    );

    writes.delete<{ Params: { id: string } }>(
      '/documents/:id',
      { schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 300 } } } } },
      async (request) => ({ removed: await queue.remove(request.params.id) }),
    );
  });
}
