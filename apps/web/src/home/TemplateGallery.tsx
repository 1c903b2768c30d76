import { journeyKindLabel, listTemplates, mapTypeLabel, type TemplateSummary } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { TemplatePreview } from './TemplatePreview';

/** The template gallery: a card per built-in template with a live preview and "use" button. */
export function TemplateGallery({ onUse }: { onUse(template: TemplateSummary): void }) {
  const t = useT();
  const { locale } = useLocale();
  const templates = listTemplates(locale);
  return (
    <section className="home-section" aria-labelledby="templates-heading">
      <div className="section-head">
        <div>
          <h2 id="templates-heading">{t('home.templates.title')}</h2>
          <p className="section-sub">{t('home.templates.body')}</p>
        </div>
      </div>
      {templates.length === 0 ? (
        <div className="empty-state">{t('home.templates.empty')}</div>
      ) : (
        <ul className="template-grid">
          {templates.map((template) => (
            <li
              key={template.id}
              className="template-card"
              data-testid="template-card"
              data-template-id={template.id}
            >
              <TemplatePreview template={template} />
              <div className="template-body">
                <h3>{template.name}</h3>
                <p className="template-tags">
                  <span className="badge">{mapTypeLabel(template.mapType, locale)}</span>
                  <span className="badge">{journeyKindLabel(template.journeyKind, locale)}</span>
                  <span className="template-count">
                    {t('home.templates.stages', { count: template.stageNames.length })} ·{' '}
                    {t('home.templates.lanes', { count: template.laneKinds.length })}
                  </span>
                </p>
                <p className="template-desc">{template.description}</p>
              </div>
              <button
                type="button"
                className="btn primary template-use"
                aria-label={`${t('home.templates.use')}: ${template.name}`}
                onClick={() => onUse(template)}
              >
                {t('home.templates.use')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
