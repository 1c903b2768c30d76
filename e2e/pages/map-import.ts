import type { Locator, Page } from 'playwright-core';
import { waitForOpenedMap } from './map-editor-page';

/** A file to hand to the import control: its name and bytes. */
export interface ImportFile {
  name: string;
  buffer: Buffer;
}

const MIME_TYPES: Record<string, string> = {
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Page object of "Import a map" on the workspace home: the file input, progress and outcomes. */
export class MapImportControl {
  constructor(readonly page: Page) {}

  /** The file input, found by its visible label (so the test also proves it is labelled). */
  input(): Locator {
    return this.page.getByLabel('Import a map');
  }

  /** Chooses a file in the input, which starts the upload. */
  async choose(file: ImportFile): Promise<void> {
    const ext = file.name.split('.').pop() ?? '';
    await this.input().setInputFiles({
      name: file.name,
      mimeType: MIME_TYPES[ext] ?? 'application/octet-stream',
      buffer: file.buffer,
    });
  }

  /** Imports a file that the server writes, and waits for the opened map; resolves with its id. */
  async importAndOpen(file: ImportFile): Promise<string> {
    await this.choose(file);
    return waitForOpenedMap(this.page);
  }

  /** The polite status line (progress, "nothing changed"). */
  status(): Locator {
    return this.page.getByTestId('import-map-feedback').getByRole('status');
  }

  /** The alert with the server's one-line error. */
  error(): Locator {
    return this.page.getByTestId('import-map-error');
  }

  /** The alert of a stale workbook, with "Import anyway" and "Cancel". */
  conflict(): Locator {
    return this.page.getByTestId('import-map-conflict');
  }

  importAnyway(): Locator {
    return this.conflict().getByRole('button', { name: 'Import anyway' });
  }

  cancel(): Locator {
    return this.conflict().getByRole('button', { name: 'Cancel' });
  }
}
