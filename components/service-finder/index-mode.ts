/**
 * What index mode needs besides the finder itself, as one chunk loaded on demand: the search
 * library with our index over it, the highlighter of what it finds, and the catalogue's reading,
 * mapping and session cache. Server
 * mode never loads it. The finder asks for it as it starts, in parallel with the session read,
 * so the catalogue request is not held up behind it.
 */
export { ServiceIndex } from '../../src/services/search-index.js';
export { loadCatalogueWithCache } from './catalogue-source.js';
export { highlightParts } from '../../src/services/highlight.js';
