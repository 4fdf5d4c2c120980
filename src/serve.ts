// A small static file server on 127.0.0.1, for the demo site and the tests. It never serves
// anything outside its root folder.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt',
  '.mp3': 'audio/mpeg',
  '.webm': 'video/webm',
  '.xhtml': 'application/xhtml+xml',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serve a folder on 127.0.0.1. Routes take precedence over files, for tests that need odd answers. */
export function serveDirectory(root: string, routes: Record<string, Route> = {}, port = 0): Promise<StaticServer> {
  return serveFolders({ '/': root }, routes, port);
}

/**
 * Serve several folders on 127.0.0.1, each under its URL prefix ("/" for the site, "/assets/" for a
 * package's files, say). The longest matching prefix wins; nothing outside a folder is served.
 */
export async function serveFolders(mounts: Readonly<Record<string, string>>, routes: Record<string, Route> = {}, port = 0): Promise<StaticServer> {
  const folders = Object.entries(mounts)
    .map(([prefix, dir]) => ({ prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, base: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const route = routes[path];
    if (route) return route(req, res);
    const mount = folders.find((f) => path.startsWith(f.prefix));
    if (!mount) return notFound(res);
    const base = mount.base;
    let file = normalize(join(base, path.slice(mount.prefix.length - 1)));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'Forbidden');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

function notFound(res: ServerResponse): void {
  send(res, 404, '<!doctype html><html lang="en"><title>Not found</title><h1>Page not found</h1></html>', 'text/html; charset=utf-8');
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
