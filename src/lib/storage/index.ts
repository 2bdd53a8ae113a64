export { saveClip, listClips, getClip, deleteClip, storageStatus, requestPersistence, type StoredClip, type StorageStatus } from './gallery';
export { appendAudit, listAudit, clearAudit, AUDIT_LIMIT } from './audit';
