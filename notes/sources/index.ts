export { decodeSourceFile, titleOf, formatSize, MAX_SOURCE_BYTES, type DecodedSource, type SourceFormat } from './decode.ts';
export { makeSource, sha256Hex, type DecodedText, type SourceDetails } from './source.ts';
