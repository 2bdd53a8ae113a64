/**
 * Vite plugins of the app's own: the bundled model's files, and the security boundary of the dev
 * and preview servers (the headers of src/lib/security on every response; in dev, only the files
 * the app needs).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { contentSecurityPolicy, SECURITY_HEADERS, staticHostHeadersFile } from '../../src/lib/security/headers.ts';

const MODELS_DIR = resolve('models');
const PUBLIC_DIR = resolve('public');
export const BUNDLED_MODELS = ['kinora-tiny'];

/** Files of a bundled model: its manifest and every file the manifest names (never train/). */
function modelFiles(id: string): string[] {
  const manifest = JSON.parse(readFileSync(join(MODELS_DIR, id, 'manifest.json'), 'utf8')) as {
    graphs: Record<string, { variants: { file: { path: string }; externalData?: { path: string }[] }[] }>;
  };
  const files = new Set(['manifest.json']);
  for (const g of Object.values(manifest.graphs)) for (const v of g.variants) for (const f of [v.file, ...(v.externalData ?? [])]) files.add(f.path);
  return [...files];
}

function pathname(req: IncomingMessage): string {
  try {
    return decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return '';
  }
}

/** The file behind a URL path when it names a bundled model's file (`/models/<id>/<file>`), else null. */
function bundledModelFile(urlPath: string): string | null {
  const m = /^\/models\/([a-z0-9._-]+)\/(.+)$/.exec(urlPath);
  if (!m || !BUNDLED_MODELS.includes(m[1]!) || !modelFiles(m[1]!).includes(m[2]!)) return null;
  const path = normalize(join(MODELS_DIR, m[1]!, m[2]!));
  return path.startsWith(join(MODELS_DIR, m[1]!) + sep) && existsSync(path) ? path : null;
}

/** Serves models/<id>/ at /models/<id>/ in dev and preview, and copies it into the build. */
export function bundledModels(): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const path = bundledModelFile(pathname(req));
    if (!path) return next();
    res.setHeader('Content-Type', path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(path).size));
    createReadStream(path).pipe(res);
  };
  return {
    name: 'kinora-bundled-models',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      for (const id of BUNDLED_MODELS) {
        for (const file of modelFiles(id)) {
          this.emitFile({ type: 'asset', fileName: `models/${id}/${file}`, source: readFileSync(join(MODELS_DIR, id, file)) });
        }
      }
    },
  };
}

const withHeaders: Connect.NextHandleFunction = (_req, res, next) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  next();
};

/**
 * What the dev server may serve: the page, the app's sources and workers, packages, Vite's own
 * modules, the public folder and the bundled model's files. Not the repository:
 * configs, package.json, scripts, tests, data and training folders answer 404.
 */
export function devServable(path: string): boolean {
  if (path === '/' || path === '/index.html' || bundledModelFile(path)) return true;
  if (/^\/(src|workers|node_modules)\//.test(path) || /^\/@(vite|id)\//.test(path)) return true;
  if (path.startsWith('/@fs/')) return path.slice('/@fs'.length).startsWith(resolve('node_modules') + sep);
  const file = normalize(join(PUBLIC_DIR, path));
  return file.startsWith(PUBLIC_DIR + sep) && existsSync(file) && statSync(file).isFile();
}

const notFound = (res: ServerResponse) => {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
};

/**
 * Security headers on every response of the dev and preview servers (worker scripts, WASM and 404s
 * included), a CSP meta tag for hosts that send none, and `_headers` in the build for static hosts.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'kinora-security-headers',
    configureServer(server) {
      // Registered here (not in a returned hook), so these run before Vite's own middlewares.
      server.middlewares.use(withHeaders);
      server.middlewares.use((req, res, next) => {
        const path = pathname(req);
        if (devServable(path)) return next();
        notFound(res);
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use(withHeaders);
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ forMeta: true }) }, injectTo: 'head-prepend' }];
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: staticHostHeadersFile() });
    },
  };
}
