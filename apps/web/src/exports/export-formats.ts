import type { ExportFormat } from '@waymark/api';
import type { TranslationKey } from '../i18n';

/** One entry of the export menu. `client` SVG is drawn in the browser from the unsaved map. */
export interface ExportChoice {
  id: ExportFormat | 'svg-client';
  format: ExportFormat;
  label: TranslationKey;
  hint: TranslationKey;
  /** Whether measured figures can be drawn on it. */
  figures: boolean;
}

/** The export menu's entries, pictures first, then data. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'png', format: 'png', label: 'export.png', hint: 'export.png.hint', figures: true },
  { id: 'pdf', format: 'pdf', label: 'export.pdf', hint: 'export.pdf.hint', figures: true },
  { id: 'svg', format: 'svg', label: 'export.svg', hint: 'export.svg.hint', figures: true },
  {
    id: 'svg-client',
    format: 'svg',
    label: 'export.svgClient',
    hint: 'export.svgClient.hint',
    figures: false,
  },
  { id: 'xlsx', format: 'xlsx', label: 'export.xlsx', hint: 'export.xlsx.hint', figures: false },
  { id: 'json', format: 'json', label: 'export.json', hint: 'export.json.hint', figures: false },
  { id: 'md', format: 'md', label: 'export.md', hint: 'export.md.hint', figures: false },
];
