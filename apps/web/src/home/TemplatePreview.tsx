import { laneKindLabel, type TemplateSummary } from '@waymark/domain';
import { useLocale } from '../i18n';

/** A live miniature of a template: its stage names across, its lane kinds down. */
export function TemplatePreview({ template }: { template: TemplateSummary }) {
  const { locale } = useLocale();
  return (
    <div
      className="template-preview"
      aria-hidden="true"
      style={{
        gridTemplateColumns: `minmax(64px, 0.9fr) repeat(${template.stageNames.length}, minmax(0, 1fr))`,
      }}
    >
      <span className="tp-corner" />
      {template.stageNames.map((name, i) => (
        <span key={`s${i}`} className="tp-stage" title={name}>
          {name}
        </span>
      ))}
      {template.laneKinds.map((kind, li) => (
        <div key={`l${li}`} className={`tp-row kind-${kind}`} style={{ gridColumn: '1 / -1' }}>
          <span className="tp-lane">{laneKindLabel(kind, locale)}</span>
          {template.stageNames.map((_, si) => (
            <span key={si} className={kind === 'emotions' ? 'tp-cell tp-emotion' : 'tp-cell'} />
          ))}
        </div>
      ))}
    </div>
  );
}
