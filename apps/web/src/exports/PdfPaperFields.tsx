import {
  pdfLayoutSchema,
  pdfOrientationSchema,
  pdfPageSchema,
  type PdfLayout,
  type PdfOptions,
  type PdfOrientation,
  type PdfPage,
} from '@waymark/domain';
import { useT } from '../i18n';
import type { TranslationKey } from '../i18n';

const PAGE_LABELS: Record<PdfPage, TranslationKey> = {
  poster: 'export.paper.poster',
  a4: 'export.paper.a4',
  a3: 'export.paper.a3',
  letter: 'export.paper.letter',
};
const ORIENTATION_LABELS: Record<PdfOrientation, TranslationKey> = {
  landscape: 'export.orientation.landscape',
  portrait: 'export.orientation.portrait',
};
const LAYOUT_LABELS: Record<PdfLayout, TranslationKey> = {
  tiled: 'export.layout.tiled',
  fit: 'export.layout.fit',
};

/** One labelled select over a schema's options, each shown by its message. */
function OptionSelect<T extends string>(props: {
  name: string;
  label: string;
  options: readonly T[];
  labels: Record<T, TranslationKey>;
  value: T;
  disabled?: boolean;
  onChange(next: T): void;
}) {
  const t = useT();
  const { name, label, options, labels, value, disabled, onChange } = props;
  return (
    <label className="field">
      <span>{label}</span>
      <select
        className="select"
        name={name}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const picked = options.find((option) => option === event.target.value);
          if (picked !== undefined) onChange(picked);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {t(labels[option])}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The PDF's paper in the export menu: the one-page poster, or A4, A3 or Letter in landscape or
 * portrait, tiled over as many labelled sheets as a legible scale needs or fitted on one. The
 * choices are the domain's print options, sent as the export's `page`, `orientation`, `layout`.
 */
export function PdfPaperFields({ value, onChange }: { value: PdfOptions; onChange(next: PdfOptions): void }) {
  const t = useT();
  const page = value.page ?? 'poster';
  const onPaper = page !== 'poster';
  return (
    <fieldset className="export-paper" data-testid="pdf-paper">
      <legend>{t('export.paper')}</legend>
      <OptionSelect
        name="pdf-page"
        label={t('export.paper.size')}
        options={pdfPageSchema.options}
        labels={PAGE_LABELS}
        value={page}
        onChange={(next) => onChange({ ...value, page: next })}
      />
      <OptionSelect
        name="pdf-orientation"
        label={t('export.orientation')}
        options={pdfOrientationSchema.options}
        labels={ORIENTATION_LABELS}
        value={value.orientation ?? 'landscape'}
        disabled={!onPaper}
        onChange={(next) => onChange({ ...value, orientation: next })}
      />
      <OptionSelect
        name="pdf-layout"
        label={t('export.layout')}
        options={pdfLayoutSchema.options}
        labels={LAYOUT_LABELS}
        value={value.layout ?? 'tiled'}
        disabled={!onPaper}
        onChange={(next) => onChange({ ...value, layout: next })}
      />
    </fieldset>
  );
}

/** The export query of a PDF with these options: only what applies (no paper fields for the poster). */
export function pdfQuery(options: PdfOptions): PdfOptions {
  const page = options.page ?? 'poster';
  if (page === 'poster') return {};
  return { page, orientation: options.orientation ?? 'landscape', layout: options.layout ?? 'tiled' };
}
