import type http from 'node:http';
import type { SignalMap } from './signal-map.js';

/** Listens on host:port (0: a free one); a taken port is an error naming the flag to change. */
export function listen(server: http.Server, host: string, port: number, flag: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'EADDRINUSE' ? `${host}:${port} is already in use: pick another ${flag} port` : error.message));
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host}:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}

/** Stops the map's timer and closes every server, dropping kept-alive connections. */
export async function closeAll(map: Pick<SignalMap, 'stop'>, servers: readonly http.Server[]): Promise<void> {
  map.stop();
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            resolve();
          });
        }),
    ),
  );
}

/** Runs `task` once `ms` after the last call, so a burst of webhooks costs one refresh. */
export function debounced(task: () => Promise<void>, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      task().catch((error: unknown) => {
        process.stderr.write(`cc-signals-ghost: refreshing after a webhook failed: ${(error as Error).message}\n`);
      });
    }, ms);
  };
}
