export { CSP_DIRECTIVES, SECURITY_HEADERS, contentSecurityPolicy, staticHostHeadersFile } from './headers';
