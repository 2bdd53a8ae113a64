export { dropStoredCopy } from './cache';
export { withSecurityHeaders } from './headers';
export { SKIP_WAITING } from './protocol';
