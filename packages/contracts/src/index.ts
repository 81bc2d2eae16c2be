// Curated public API of @yiwang/contracts (ARCHITECTURE.md §2). Other packages import only
// from here, never from src/ files. Every export carries JSDoc at its definition.

// The CloudEvents envelope, contexts and classification
export {
  CLASSIFICATIONS,
  CLOUDEVENTS_CONTENT_TYPE,
  CONTEXTS,
  CONTEXT_SERVICES,
  CloudEventEnvelope,
  envelopeSchema,
  type Classification,
  type CloudEvent,
  type Context,
} from './envelope.js';

// Names: event types, NATS subjects, streams, schema ids
export {
  contextOf,
  contextSubjects,
  eventSubject,
  eventType,
  parseEventType,
  schemaIdOf,
  streamName,
  type EventTypeParts,
} from './naming.js';

// Event ids (UUIDv7)
export {
  isUuidV7,
  makeEventIdGenerator,
  newEventId,
  uuidV7Time,
  type RandomBytes,
} from './event-id.js';

// Definitions, the catalog and building events
export { defineEvent, type EventDefinition, type EventDefinitionInput } from './define-event.js';
export {
  createCatalog,
  definitionEnvelopeSchema,
  type EventCatalog,
  type ValidationResult,
} from './catalog/registry.js';
export { allEvents, catalog } from './catalog/index.js';
/**
 * Typed definitions per context, for `createEvent(hazards.hazardReported, …)` with `data`
 * checked by the compiler; each namespace also holds its context's array (`hazardsEvents`).
 */
export * as complaints from './catalog/complaints.js';
/** Typed definitions of the hazards context (hazards, installations, accidents, statistics). */
export * as hazards from './catalog/hazards.js';
/** Typed definitions of the credit context. */
export * as credit from './catalog/credit.js';
/** Typed definitions of the permits context. */
export * as permits from './catalog/permits.js';
/** Typed definitions of the insurance context. */
export * as insurance from './catalog/insurance.js';
/** Typed definitions of the iot context (service iot-ingest). */
export * as iot from './catalog/iot.js';
/** Typed definitions of the exchange context. */
export * as exchange from './catalog/exchange.js';
export { createEvent, type CreateEventInput } from './create-event.js';
export { exampleData } from './example.js';

// Errors (value-object errors are exported with their value object below)
export {
  ContractsError,
  InvalidEventDefinitionError,
  InvalidEventError,
  InvalidEventTypeError,
} from './errors.js';

// Value objects
export { tryParse, type ParseResult } from './values/result.js';
export {
  InvalidUsccError,
  USCC_ALPHABET,
  UsccSchema,
  checkUscc,
  isValidUscc,
  parseUscc,
  usccCheckDigit,
  type Uscc,
} from './values/uscc.js';
export {
  ANJI,
  CHANGXING,
  DEQING,
  HUZHOU,
  InvalidRegionCodeError,
  NANXUN,
  REGION_NAMES,
  RegionCodeSchema,
  WUXING,
  checkRegionCode,
  isWithin,
  parentRegion,
  parseRegionCode,
  regionLevel,
  regionName,
  type RegionCode,
  type RegionLevel,
} from './values/region.js';
export {
  HIGH_RISK_INDUSTRIES,
  INDUSTRIES,
  INDUSTRY_NAMES,
  IndustrySchema,
  InvalidIndustryError,
  checkIndustry,
  isHighRisk,
  isIndustry,
  parseIndustry,
  type Industry,
} from './values/industry.js';
export {
  FenSchema,
  InvalidMoneyError,
  checkYuan,
  clampFen,
  fen,
  fenToYuanString,
  formatFen,
  percentOfFen,
  ratioOfFen,
  yuanToFen,
  type Fen,
} from './values/money.js';
export {
  InvalidMobileError,
  MobileSchema,
  checkMobile,
  maskMobile,
  parseMobile,
  type Mobile,
} from './values/mobile.js';
export { IsoDateSchema, TimestampSchema, isRealDate, isTimestamp } from './values/time.js';
export {
  CN_HOLIDAYS_2025,
  HolidayCalendarSchema,
  InvalidDateError,
  WEEKDAYS_ONLY,
  addDays,
  addWorkingDays,
  dayOfWeek,
  isWorkingDay,
  parseIsoDate,
  workingDaysBetween,
  type HolidayCalendar,
  type IsoDate,
} from './values/working-days.js';

// Compatibility gate and generated documents
export {
  checkCompatibility,
  compareSchemas,
  formatViolations,
  type CompatibilityRule,
  type CompatibilityViolation,
} from './compat/check.js';
export {
  serializeSnapshot,
  toJsonSchema,
  toSnapshot,
  type JsonSchema,
  type Snapshot,
  type SnapshotEntry,
} from './compat/snapshot.js';
export { buildAsyncApi, type AsyncApiOptions } from './docs/asyncapi.js';
export { buildEventsMarkdown } from './docs/markdown.js';
