export * from './types.js';
export * from './engine.js';
export * from './config-file.js';
export { loadServerConfig, memoryFs, nodeFs, walkConfig, type ServerConfig } from './model/config.js';
export { collectFacts, type ServerFacts, type PeerFacts } from './model/facts.js';
export { allRuleMetas, allConfigRules, allPairRules } from './rules/index.js';
export * from './formatters/index.js';
export { applyFixes } from './fix.js';
