export { LoketClient, JSON_API_MEDIA_TYPE } from './client.js';
export type {
  AllItems,
  GetAllOptions,
  ListPage,
  LoketClientOptions,
  Mapper,
  RelationshipInput,
  RequestOptions,
  ResourceInput,
  Transport,
} from './client.js';
export { Query, OrGroup, query, DEFAULT_PAGE_SIZE } from './query.js';
export type { ComparableValue, FieldPath, FilterValue, PageInfo, SortOrder } from './query.js';
export { LoketDocument, ResourceView } from './document.js';
export type { DocumentLinks } from './document.js';
export { LoketError, isLoketError } from './errors.js';
export type { LoketErrorDetails, LoketErrorKind } from './errors.js';
export { parseDocument } from './jsonapi-schema.js';
export type { JsonApiDocument, JsonApiResource, ResourceIdentifier } from './jsonapi-schema.js';
export { pickLanguage, languageStrings } from './language-strings.js';
export type { LanguageString } from './language-strings.js';
export { formatCalendarDate, parseCalendarDate, parseDateTime } from './dates.js';
export { getSession, forgetSession } from './session.js';
export type { LoketSession } from './session.js';
export type { RetryOptions } from './client.js';
export type { UploadedFile, UploadOptions, UploadProgress } from './writes.js';
