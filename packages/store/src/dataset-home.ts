import type { DataSetHome } from '@waymark/domain';
import type { MapStore } from './port';

/** The map store as the home of the evidence data sets (survey, reviews, interviews). */
export function mapStoreDataSetHome(store: MapStore): DataSetHome {
  return {
    list: () => store.listDataSets(),
    rename: (id, name) => store.renameDataSet(id, name),
    delete: (id) => store.deleteDataSet(id),
  };
}
