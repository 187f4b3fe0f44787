export { startServer, type ServerOptions } from './server.js';
export { Project, sourceFileFor, type Analysis } from './project.js';
export { hoverAt, peerHover, splitText, cidrCover } from './features/hover.js';
export { completionsAt, blockContextAt } from './features/completion.js';
export { occurrenceAt, occurrencesOfFile } from './features/names.js';
export { outline, foldingRanges, selectionChain, documentLinks, semanticTokens } from './features/structure.js';
export { peerConfigMarkdown } from './features/hover.js';
