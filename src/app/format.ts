/** Sizes as people read them: "55.8 MB" ("?" when the browser does not say). */
export function megabytes(bytes: number | null): string {
  return bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
