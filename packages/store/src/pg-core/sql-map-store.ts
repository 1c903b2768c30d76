import type {
  DataSet,
  EvidenceImport,
  EvidenceRow,
  Journey,
  Persona,
  StoredImage,
  Workspace,
} from '@waymark/domain';
import { StoreClosedError } from '../errors';
import type { RevisionAction } from '@waymark/domain';
import type {
  DeleteOptions,
  JourneySummary,
  MapStore,
  RevisionInfo,
  StoredJourney,
  StoredPersona,
  TrashedJourney,
  WriteOptions,
} from '../port';
import * as datasets from './datasets';
import * as images from './images';
import * as journeys from './journeys';
import * as personas from './personas';
import type { SqlClient, SqlDriver } from './sql-client';
import * as trash from './trash';
import * as workspaces from './workspaces';

/**
 * The MapStore over any `SqlClient`: the one implementation both adapters share. The adapters only
 * supply the driver (`pglite/`, `postgres/`). Obtain one with `openMapStore`, `openPgliteStore` or
 * `openPostgresStore`, which run the migrations first.
 */
export class SqlMapStore implements MapStore {
  #closed = false;

  /**
   * `owner` is the driver to close, or `undefined` for a store bound to an open transaction (whose
   * `close` is refused: the outer store owns the connection).
   */
  constructor(
    private readonly sql: SqlClient,
    private readonly owner: SqlDriver | undefined,
  ) {}

  /** `pglite` or `postgresql`. */
  get adapter(): SqlDriver['dialect'] | 'transaction' {
    return this.owner?.dialect ?? 'transaction';
  }

  private get client(): SqlClient {
    if (this.#closed) throw new StoreClosedError();
    return this.sql;
  }

  async close(): Promise<void> {
    if (this.owner === undefined)
      throw new Error('close the store that opened this transaction, not the transaction');
    if (this.#closed) return;
    this.#closed = true;
    await this.owner.close();
  }

  async createWorkspace(workspace: Workspace): Promise<Workspace> {
    return await workspaces.createWorkspace(this.client, workspace);
  }
  async getWorkspace(id: string): Promise<Workspace | undefined> {
    return await workspaces.getWorkspace(this.client, id);
  }
  async listWorkspaces(): Promise<Workspace[]> {
    return await workspaces.listWorkspaces(this.client);
  }

  async createJourney(
    workspaceId: string,
    journey: Journey,
    options: { author: string; message?: string; action?: RevisionAction },
  ): Promise<StoredJourney> {
    return await journeys.createJourney(this.client, workspaceId, journey, options);
  }
  async saveJourney(journey: Journey, options: WriteOptions): Promise<StoredJourney> {
    return await journeys.saveJourney(this.client, journey, options);
  }
  async getJourney(id: string, revision?: number): Promise<StoredJourney | undefined> {
    return await journeys.getJourney(this.client, id, revision);
  }
  async listJourneys(workspaceId?: string): Promise<JourneySummary[]> {
    return await journeys.listJourneys(this.client, workspaceId);
  }
  async deleteJourney(id: string, options: DeleteOptions): Promise<TrashedJourney> {
    return await trash.deleteJourney(this.client, id, options);
  }
  async listTrash(workspaceId?: string): Promise<TrashedJourney[]> {
    return await trash.listTrash(this.client, workspaceId);
  }
  async undeleteJourney(id: string): Promise<StoredJourney> {
    return await trash.undeleteJourney(this.client, id);
  }
  async purgeJourney(id: string): Promise<void> {
    await trash.purgeJourney(this.client, id);
  }
  async purgeTrash(options?: { workspaceId?: string; deletedBefore?: string }): Promise<string[]> {
    return await trash.purgeTrash(this.client, options);
  }
  async history(journeyId: string): Promise<RevisionInfo[]> {
    return await journeys.history(this.client, journeyId);
  }
  async labelRevision(journeyId: string, revision: number, label: string | null): Promise<RevisionInfo> {
    return await journeys.labelRevision(this.client, journeyId, revision, label);
  }
  async restore(journeyId: string, revision: number, options: WriteOptions): Promise<StoredJourney> {
    return await journeys.restore(this.client, journeyId, revision, options);
  }

  async savePersona(workspaceId: string, persona: Persona, options: WriteOptions): Promise<StoredPersona> {
    return await personas.savePersona(this.client, workspaceId, persona, options);
  }
  async getPersona(id: string, asOf?: string): Promise<StoredPersona | undefined> {
    return await personas.getPersona(this.client, id, asOf);
  }
  async listPersonas(workspaceId?: string): Promise<StoredPersona[]> {
    return await personas.listPersonas(this.client, workspaceId);
  }
  async deletePersona(id: string, options: DeleteOptions): Promise<void> {
    await personas.deletePersona(this.client, id, options);
  }

  async putImage(bytes: Uint8Array): Promise<StoredImage> {
    return await images.putImage(this.client, bytes);
  }
  async getImage(id: string): Promise<(StoredImage & { bytes: Uint8Array }) | undefined> {
    return await images.getImage(this.client, id);
  }

  async listDataSets(): Promise<DataSet[]> {
    return await datasets.listDataSets(this.client);
  }
  async importDataSet(input: EvidenceImport): Promise<DataSet> {
    return await datasets.importDataSet(this.client, input);
  }
  async renameDataSet(id: string, name: string): Promise<DataSet> {
    return await datasets.renameDataSet(this.client, id, name);
  }
  async deleteDataSet(id: string): Promise<DataSet> {
    return await datasets.deleteDataSet(this.client, id);
  }
  async dataSetRows(id: string, offset: number, limit: number): Promise<EvidenceRow[]> {
    return await datasets.dataSetRows(this.client, id, offset, limit);
  }

  async transaction<T>(work: (store: MapStore) => Promise<T>): Promise<T> {
    return await this.client.transaction((tx) => work(new SqlMapStore(tx, undefined)));
  }
}
