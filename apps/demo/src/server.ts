import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handle } from './site.js';

/** A running sample site. */
export interface RunningSite {
  readonly origin: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Starts the sample site on 127.0.0.1; port 0 picks a free port. */
export async function startSite(port = 0): Promise<RunningSite> {
  let origin = '';
  const server = createServer((request, response) => {
    handle(request, response, origin);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })),
  };
}
