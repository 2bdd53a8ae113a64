/**
 * The gallery's state: the stored clips with one object URL each, made when a clip first appears
 * and revoked when it goes. IndexedDB is read when the Gallery is first shown and again only when
 * the clips change (a clip saved or deleted), never in a loop.
 */
import { toKinoraError, type KinoraError } from '../lib/errors';
import { deleteClip, listClips, requestPersistence, storageStatus, type StorageStatus, type StoredClip } from '../lib/storage';

export interface GalleryItem {
  clip: StoredClip;
  thumb: string;
  video: string;
}

class GalleryStore {
  items = $state.raw<GalleryItem[]>([]);
  status = $state<StorageStatus | null>(null);
  loaded = $state(false);
  error = $state.raw<KinoraError | null>(null);
  private stale = true;
  private shown = 0;
  private loading: Promise<void> | null = null;

  /** The Gallery page is on screen (returns the function to call when it leaves). */
  show(): () => void {
    this.shown++;
    if (this.stale) void this.load();
    return () => {
      this.shown--;
    };
  }

  /** The stored clips changed: read them again now if the Gallery is shown, else when it next is. */
  invalidate(): void {
    this.stale = true;
    if (this.shown > 0) void this.load();
  }

  async remove(id: string): Promise<void> {
    try {
      await deleteClip(id);
    } catch (e) {
      this.error = toKinoraError(e, 'StorageError');
      return;
    }
    this.invalidate();
  }

  async persist(): Promise<void> {
    await requestPersistence();
    this.status = await storageStatus();
  }

  private load(): Promise<void> {
    this.loading ??= this.read().finally(() => {
      this.loading = null;
      // Clips changed while they were being read: read once more.
      if (this.stale && this.shown > 0) void this.load();
    });
    return this.loading;
  }

  private async read(): Promise<void> {
    this.stale = false;
    try {
      const clips = await listClips();
      const previous = new Map(this.items.map((i) => [i.clip.id, i]));
      this.items = clips.map((clip) => previous.get(clip.id) ?? { clip, thumb: URL.createObjectURL(clip.thumbnail), video: URL.createObjectURL(clip.video) });
      const kept = new Set(clips.map((c) => c.id));
      for (const [id, item] of previous) {
        if (kept.has(id)) continue;
        URL.revokeObjectURL(item.thumb);
        URL.revokeObjectURL(item.video);
      }
      this.error = null;
    } catch (e) {
      this.error = toKinoraError(e, 'StorageError');
    }
    try {
      this.status = await storageStatus();
    } catch {
      this.status = null;
    }
    this.loaded = true;
  }
}

export const gallery = new GalleryStore();
