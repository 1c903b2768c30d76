import { eventStoreConformanceTests } from '../conformance';
import { openDuckDbEventStore } from './store';

eventStoreConformanceTests('duckdb', () => openDuckDbEventStore());
