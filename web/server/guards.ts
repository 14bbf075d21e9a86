// Request guards of the HTTP API: the Host header (DNS rebinding), cross-site requests and the
// bearer token. Each is an onRequest hook; the token and cross-site ones belong to the API scope.

import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** The hostname of a Host header or URL authority, lower-case, without port, brackets or final dot. */
export function hostnameOf(authority: string): string {
  const value = authority.trim().toLowerCase();
  const name = value.startsWith('[') ? value.slice(1, value.indexOf(']')) : value.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.status(status).send({ error: { code, message } });

/**
 * Answers only requests addressed to the server by a name it was bound as: localhost,
 * 127.0.0.1, [::1], the configured host, or the address the connection came in on (with any
 * port). A page served from another name that resolves here (DNS rebinding) gets 421.
 */
export function hostGuard(configuredHost: string | undefined): Hook {
  const allowed = new Set([...LOOPBACK_NAMES, ...(configuredHost ? [hostnameOf(configuredHost)] : [])]);
  return async (request, reply) => {
    const host = hostnameOf(String(request.headers.host ?? ''));
    const local = String(request.socket.localAddress ?? '').replace(/^::ffff:/, '');
    if (host !== '' && (allowed.has(host) || host === local)) return;
    return refuse(
      reply,
      421,
      'HOST_REFUSED',
      `this server answers to ${[...allowed].join(', ')}, not to the host "${String(request.headers.host ?? '').slice(0, 100)}"`,
    );
  };
}

/**
 * Refuses API calls a browser marks as coming from another site (Sec-Fetch-Site) or whose Origin
 * is not this server's: a cross-site <img> or form cannot start work here.
 */
export function crossSiteGuard(configuredHost: string | undefined): Hook {
  const allowed = new Set([...LOOPBACK_NAMES, ...(configuredHost ? [hostnameOf(configuredHost)] : [])]);
  return async (request, reply) => {
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    let foreignOrigin = false;
    if (origin !== undefined) {
      try {
        foreignOrigin = !allowed.has(hostnameOf(new URL(origin).host));
      } catch {
        foreignOrigin = true;
      }
    }
    if (site === 'cross-site' || foreignOrigin) {
      return refuse(reply, 403, 'CROSS_SITE_REFUSED', 'the API answers pages of its own origin only');
    }
  };
}

/** Requires `Authorization: Bearer <token>` (compared in constant time). */
export function tokenGuard(token: string): Hook {
  const expected = Buffer.from(`Bearer ${token}`);
  return async (request, reply) => {
    const given = Buffer.from(String(request.headers.authorization ?? ''));
    if (given.length === expected.length && timingSafeEqual(given, expected)) return;
    return refuse(reply, 401, 'UNAUTHORIZED', 'this API needs the header Authorization: Bearer <GOVKG_API_TOKEN>');
  };
}
