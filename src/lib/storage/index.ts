export { saveClip, listClips, getClip, deleteClip, storageStatus, requestPersistence, type StoredClip, type StorageStatus } from './gallery';
