import { request } from 'node:http';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApp } from './app.js';

/** A server whose one route streams without end, and a client that has its headers and reads no more. */
async function stalledStream(): Promise<FastifyInstance> {
  const app = Fastify();
  app.get('/stream', (_request, reply) => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    reply.type('text/plain').send(
      new Readable({
        read() {
          this.push(chunk);
        },
      }),
    );
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((headers) => {
    request(`${base}/stream`, (response) => {
      response.pause();
      headers();
    }).end();
  });
  return app;
}

const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((late) => setTimeout(() => late(false), ms))]);

describe('closeApp', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    if (app) await closeApp(app, 0);
  });

  it('cuts a streamed answer the client stopped reading once the grace is over', async () => {
    app = await stalledStream();
    const started = Date.now();
    expect(await settledWithin(closeApp(app, 300), 5000)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    app = undefined;
  });

  it('is needed: the plain close waits on that answer', async () => {
    app = await stalledStream();
    expect(await settledWithin(app.close(), 1500)).toBe(false);
  });
});
