// A tiny static server for the example SPA (node's http module, no dependency).
//   PORT    port to listen on (default 5173)
//   HOST    host name or address to bind (default localhost: this is an example, not a web server)
//   ISSUER  Gatehouse's issuer URL, the SPA's only Gatehouse setting (default http://localhost:8080)
// It serves public/, oidc-client-ts' ES module build from node_modules, and /config.mjs with the issuer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
const issuer = process.env.ISSUER ?? 'http://localhost:8080';
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, 'public');

// The browser builds of the two runtime packages; the pages' import map names these paths.
const vendor = {
  '/vendor/oidc-client-ts.js': 'node_modules/oidc-client-ts/dist/esm/oidc-client-ts.js',
  '/vendor/jwt-decode.js': 'node_modules/jwt-decode/build/esm/index.js',
};

const types = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

const config = `export const issuer = ${JSON.stringify(issuer)};\n`;

// Scripts run only from this origin, plus the pages' inline import maps by their hash; the SPA talks to
// itself and to Gatehouse only, and no one may frame it.
function contentSecurityPolicy(html) {
  const inline = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return [`default-src 'self'`, `script-src 'self' ${inline.join(' ')}`, `connect-src 'self' ${new URL(issuer).origin}`,
    `img-src 'self' data:`, `base-uri 'none'`, `form-action 'none'`, `frame-ancestors 'none'`].join('; ');
}

function resolve(pathname) {
  if (pathname === '/') return { redirect: '/index.html' };
  if (pathname === '/config.mjs') return { body: config, type: types['.mjs'] };
  const file = vendor[pathname] ? join(here, vendor[pathname]) : join(root, normalize(pathname));
  if (!vendor[pathname] && !file.startsWith(root + '/')) return null;
  try {
    return { body: readFileSync(file), type: types[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url, 'http://spa').pathname);
  } catch {
    pathname = null;
  }
  const found = request.method === 'GET' && pathname !== null ? resolve(pathname) : null;
  if (found?.redirect) {
    response.writeHead(302, { Location: found.redirect }).end();
    return;
  }
  if (!found) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const headers = { 'Content-Type': found.type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer' };
  if (found.type.startsWith('text/html')) headers['Content-Security-Policy'] = contentSecurityPolicy(found.body.toString());
  response.writeHead(200, headers).end(found.body);
});

server.listen(port, host, () => {
  const { port: actual } = server.address();
  console.log(`Example SPA on http://${host}:${actual}/ (issuer ${issuer})`);
});
