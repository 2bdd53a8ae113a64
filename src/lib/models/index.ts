export {
  validateManifest,
  manifestFiles,
  MANIFEST_FORMAT,
  type ModelManifest,
  type ModelFile,
  type GraphSpec,
  type GraphVariant,
  type TensorSpec,
  type ModeName,
  type ModeSpec,
  type GuidanceSpec,
  type Precision,
  type WordTokenizer,
} from './manifest';
export { modelWords, tokenize, type Tokenized } from './tokenizer';
export { verifyFile } from './integrity';
export { sha256Hex } from '../bytes';
export { fetchManifest, fetchGraph, fetchVerifiedFile, pickVariant, variantFor, type DropStoredCopy, type Fetcher, type GraphBytes } from './load';

export { BUNDLED_MODEL_URL, bundledManifestUrl } from './bundled';
