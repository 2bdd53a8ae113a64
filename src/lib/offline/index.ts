export { dropStoredCopy } from './cache';
export { withSecurityHeaders } from './headers';
export { SKIP_WAITING } from './protocol';
export { holdUpdates, updatesHeld, UPDATE_HOLD_CACHE } from './update-hold';
