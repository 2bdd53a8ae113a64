/**
 * The security headers every response of the app carries, in one place: the dev and preview
 * servers send them (vite.config.ts), the build writes them into `_headers` for static hosts and
 * into the page's CSP meta tag, and the service worker adds them where a host sets none. Pure data.
 */

/** The Content-Security-Policy, directive by directive. Nothing may be fetched from another origin. */
const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // WebAssembly compilation (onnxruntime) needs 'wasm-unsafe-eval'; no JS eval, no inline script.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Svelte sets inline styles on elements (progress bars, previews).
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  'media-src': ["'self'", 'blob:'],
  // onnxruntime starts its WASM threads from blob: URLs.
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  // No page on any origin may frame the app (clickjacking); X-Frame-Options says the same to old browsers.
  'frame-ancestors': ["'none'"],
};

/** Directives a `<meta>` CSP cannot carry (browsers ignore them there, with a console warning). */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors']);

export function contentSecurityPolicy({ forMeta = false } = {}): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => !forMeta || !HEADER_ONLY_DIRECTIVES.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Sent with every response, worker scripts and WASM included (a dedicated worker's CSP comes from
 * its own script's response, not from the page).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': contentSecurityPolicy(),
  // Cross-origin isolation: WASM threads need SharedArrayBuffer, which needs COOP + COEP.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
});

/** The `_headers` file static hosts read (Netlify, Cloudflare Pages): every path gets every header. */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by the build from src/lib/security/headers.ts; edit that file, not this one.\n/*\n${lines.join('\n')}\n`;
}
