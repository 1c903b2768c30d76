import * as analytics from './routes/analytics';
import * as datasets from './routes/datasets';
import * as documents from './routes/documents';
import * as events from './routes/events';
import * as images from './routes/images';
import * as journeys from './routes/journeys';
import * as meta from './routes/meta';
import * as personas from './routes/personas';
import * as templates from './routes/templates';
import * as trash from './routes/trash';
import * as workspaces from './routes/workspaces';

/**
 * Every endpoint of the HTTP API by operation id. The server registers each with `createRoute`;
 * the client calls them; the OpenAPI document is generated from them.
 */
export const endpoints = {
  healthCheck: meta.healthCheck,
  listWorkspaces: workspaces.listWorkspaces,
  getWorkspace: workspaces.getWorkspace,
  createWorkspace: workspaces.createWorkspace,
  listTemplates: templates.listTemplates,
  listJourneys: journeys.listJourneys,
  getJourney: journeys.getJourney,
  getJourneyRevision: journeys.getJourneyRevision,
  createJourney: journeys.createJourney,
  saveJourney: journeys.saveJourney,
  deleteJourney: journeys.deleteJourney,
  duplicateJourney: journeys.duplicateJourney,
  renameJourney: journeys.renameJourney,
  listTrash: trash.listTrash,
  undeleteJourney: trash.undeleteJourney,
  purgeJourney: trash.purgeJourney,
  journeyHistory: journeys.journeyHistory,
  labelRevision: journeys.labelRevision,
  diffJourney: journeys.diffJourney,
  restoreJourney: journeys.restoreJourney,
  journeyFigures: journeys.journeyFigures,
  listPersonas: personas.listPersonas,
  getPersona: personas.getPersona,
  savePersona: personas.savePersona,
  deletePersona: personas.deletePersona,
  uploadAvatar: personas.uploadAvatar,
  uploadImage: images.uploadImage,
  getImage: images.getImage,
  importJourney: documents.importJourney,
  exportJourney: documents.exportJourney,
  importEvents: events.importEvents,
  eventsSummary: events.eventsSummary,
  listDataSets: datasets.listDataSets,
  renameDataSet: datasets.renameDataSet,
  deleteDataSet: datasets.deleteDataSet,
  analyticsFunnel: analytics.analyticsFunnel,
  analyticsTimeToConvert: analytics.analyticsTimeToConvert,
  analyticsPaths: analytics.analyticsPaths,
  analyticsDfg: analytics.analyticsDfg,
  analyticsVariants: analytics.analyticsVariants,
  analyticsAttribution: analytics.analyticsAttribution,
  analyticsHealth: analytics.analyticsHealth,
  analyticsTrends: analytics.analyticsTrends,
} as const;

/** An operation id of the API. */
export type EndpointName = keyof typeof endpoints;
