/**
 * `session-card/import`: sessions from what organizers already publish. Each importer is a
 * pure function returning `{session, warnings}` or `{errors}`, and every session it returns
 * passes the card's own reader.
 */
export {fromSchedule, listScheduleSessions, type ScheduleOptions} from './from-schedule.js';
export {fromSchemaOrg, type SchemaOrgOptions} from './from-schema-org.js';
export {fromText, type TextOptions} from './from-text.js';
export type {ImportProblem, ImportResult} from './import-result.js';
export {toSchemaOrg, type ToSchemaOrgOptions} from './to-schema-org.js';
