/**
 * One ZIP of many clips, built with fflate's streaming writer: each file is stored as it is (an
 * MP4 is already compressed, and its bytes must stay exactly as signed), read from its Blob in
 * chunks so a day of clips never blocks the page for long or sits in memory twice.
 */
import { Zip, ZipPassThrough } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive. */
  name: string;
  data: Blob;
  modified: Date;
}

export async function zipBlobs(entries: readonly ZipEntry[]): Promise<Blob> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    const archive = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk as Uint8Array<ArrayBuffer>);
      if (final) resolve();
    });
    void (async () => {
      try {
        for (const entry of entries) {
          const file = new ZipPassThrough(entry.name);
          file.mtime = entry.modified;
          archive.add(file);
          const reader = entry.data.stream().getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            file.push(value);
          }
          file.push(new Uint8Array(0), true);
        }
        archive.end();
      } catch (e) {
        archive.terminate();
        reject(e as Error);
      }
    })();
  });
  await finished;
  return new Blob(chunks, { type: 'application/zip' });
}
