// Real web servers for the snippets the plugin generates: Debian's nginx and Apache, each started
// from its own config under a temp prefix, on a free port of 127.0.0.1, serving a document root
// statically (never the system service, never a fixed port). Stopped by the pid this code started.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { testNginxConfig } from '@cc-signals/core/testing';

export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file));
export const APACHE = ['/usr/sbin/apache2', '/usr/sbin/httpd', '/usr/local/apache2/bin/httpd'].find((file) => fs.existsSync(file));
const APACHE_MODULES = ['/usr/lib/apache2/modules', '/usr/lib64/httpd/modules', '/usr/local/apache2/modules'].find((dir) => fs.existsSync(path.join(dir, 'mod_headers.so')));

export interface StaticServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** A port the kernel just handed out on 127.0.0.1, closed again for the server to take. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => { resolve(port); });
    });
  });
}

/** A temp prefix (readable by a server that drops root to another user). */
export function tempPrefix(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cc-signals-${name}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

async function serve(child: ChildProcess, url: string, dir: string, log: () => string): Promise<StaticServer> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    if (await fetch(`${url}/`).then(() => true, () => false)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the web server did not start at ${url}: ${stderr}${log()}`);
}

const readLog = (file: string) => () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

/** nginx serving `root` with the snippet's http-level part (`map`) and server-level part (`location`). */
export async function startNginx(root: string, httpPart: string, serverPart: string): Promise<StaticServer> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const dir = tempPrefix('nginx');
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'nginx.conf'), testNginxConfig({ dir, port, http: httpPart, server: `    root ${root};\n${serverPart}` }));
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  return serve(child, `http://127.0.0.1:${port}`, dir, readLog(path.join(dir, 'error.log')));
}

/** Apache serving `root` statically (`index.html` for a directory), reading each directory's `.htaccess` (AllowOverride All). */
export async function startApache(root: string): Promise<StaticServer> {
  if (!APACHE || !APACHE_MODULES) throw new Error('Apache with mod_headers is not installed (apt-get install apache2)');
  const dir = tempPrefix('apache');
  const port = await freePort();
  // As root, Apache serves as an unprivileged user: the root and files must be world-readable.
  const user = process.getuid?.() === 0 ? 'User nobody\nGroup nogroup\n' : '';
  const modules = ['mpm_event', 'authz_core', 'headers', 'mime', 'dir'].map((name) => `LoadModule ${name}_module ${APACHE_MODULES}/mod_${name}.so`);
  fs.writeFileSync(path.join(dir, 'apache.conf'), `ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
${modules.join('\n')}
${user}PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
ErrorLog ${dir}/error.log
LogLevel warn
StartServers 1
ServerLimit 1
ThreadsPerChild 8
MaxRequestWorkers 8
TypesConfig /dev/null
DirectoryIndex index.html
DocumentRoot ${root}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${root}>
  AllowOverride All
  Require all granted
</Directory>
`);
  const child = spawn(APACHE, ['-f', path.join(dir, 'apache.conf'), '-D', 'FOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return serve(child, `http://127.0.0.1:${port}`, dir, readLog(path.join(dir, 'error.log')));
}
