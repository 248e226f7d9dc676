export { decodeSourceFile, titleOf, formatSize, MAX_SOURCE_BYTES, sizeProblem, type DecodedSource, type SourceFormat } from './decode.ts';
export { makeSource, sha256Hex, type DecodedText, type SourceDetails } from './source.ts';
export { FORMAT_NAMES, storedAsMarkdown } from './format.ts';
