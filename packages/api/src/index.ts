/**
 * `@waymark/api`: the HTTP route contract (zod schemas per endpoint) and the typed client the web
 * app uses. Imports only `@waymark/domain`.
 */
export * from './errors';
export * from './endpoint';
export * from './wire';
export * from './contract';
export * from './body-limits';
export * from './client';
export * from './routes/journeys';
export * from './routes/personas';
export * from './routes/workspaces';
export * from './routes/templates';
export * from './routes/trash';
export * from './routes/documents';
export * from './routes/events';
export * from './routes/images';
export * from './routes/datasets';
export * from './routes/analytics';
export * from './routes/meta';
