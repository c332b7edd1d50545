/** Where a throwaway nginx keeps its files, what it listens on and what it serves. */
export interface TestNginxOptions {
  /** A writable folder for the pid file, the error log and the temp files. */
  dir: string;
  /** The port on 127.0.0.1. */
  port: number;
  /** Lines at `http` level (e.g. a `map`, or an `include` of one). */
  http?: string;
  /** Lines inside the `server` block (e.g. `root` and a `location`). */
  server: string;
}

/**
 * The `nginx.conf` of a throwaway nginx for adapter tests: in the foreground, one worker
 * (as root when the tests run as root, since nginx would otherwise drop to `nobody`), its
 * pid file, error log and temp files in `dir`, no access log, one server on 127.0.0.1.
 * Start it with `nginx -p <dir> -c <dir>/nginx.conf`.
 */
export function testNginxConfig({ dir, port, http = '', server }: TestNginxOptions): string {
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${dir}/${name};`).join(' ');
  return `daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  ${temps}
${http}
  server {
    listen 127.0.0.1:${port};
${server}
  }
}
`;
}
