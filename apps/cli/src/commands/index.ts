import type { Command } from 'commander';
import { registerAnalyze } from './analyze';
import { registerDataSets } from './datasets';
import { registerEvents } from './events';
import { registerEvidence } from './evidence';
import { registerExport } from './export';
import { registerImport } from './import';
import { registerInit } from './init';
import { registerList } from './list';
import { registerManage } from './manage';
import { registerNew } from './new-map';
import { registerRevisions } from './revisions';
import { registerShow } from './show';
import { registerTemplates } from './templates';
import { registerValidate } from './validate';

/** Every command module registers its commands on the root program here, one call each. */
export function registerCommands(program: Command): void {
  registerInit(program);
  registerTemplates(program);
  registerNew(program);
  registerList(program);
  registerShow(program);
  registerExport(program);
  registerImport(program);
  registerValidate(program);
  registerRevisions(program);
  registerManage(program);
  registerEvents(program);
  registerAnalyze(program);
  registerEvidence(program);
  registerDataSets(program);
}
