/** Adds the app's security headers to a response the service worker gives (coi-serviceworker's technique). */
import { SECURITY_HEADERS } from '../security';

export function withSecurityHeaders(response: Response): Response {
  // Opaque and error responses cannot be rebuilt; the app never asks for either.
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
