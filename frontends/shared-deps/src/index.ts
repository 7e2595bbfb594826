export { SHARED_LIBRARIES, SHARED_SPECIFIERS, type SharedLibrary } from './libraries.js';
export { frontendModuleBuild } from './module-build.js';
export { precompressed } from './precompressed.js';
