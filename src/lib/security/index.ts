export { SECURITY_HEADERS, contentSecurityPolicy, staticHostHeadersFile } from './headers';
