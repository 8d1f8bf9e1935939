/**
 * What index mode needs besides the finder itself, as one chunk loaded on demand: the search
 * library with our index over it, the highlighter of what it finds, and the catalogue's reading
 * (through the page's own mu-search request) with its session cache. Server mode never loads it.
 */
export { ServiceIndex } from '../../src/services/search-index.js';
export { loadCatalogueWithCache } from './catalogue-source.js';
