import { useState } from 'react';
import { TRASH_RETENTION_DAYS } from '@waymark/api';
import type { TemplateSummary } from '@waymark/domain';
import { isolate, useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync } from '../lib/use-async';
import { Icon } from '../shell/Icon';
import { ConfirmDialog } from './ConfirmDialog';
import { ImportMapButton, ImportMapFeedback } from './ImportMapControl';
import { MapBrowser } from './MapBrowser';
import { MapNoticeBar } from './MapNoticeBar';
import { NewMapDialog } from './NewMapDialog';
import { TemplateGallery } from './TemplateGallery';
import { TrashSection } from './TrashSection';
import { useMapActions } from './use-map-actions';
import { useMapImport } from './use-map-import';

/**
 * The workspace home: maps (rename, duplicate, delete with a confirmation and Undo), the trash,
 * "new map" and "import a map", a link to personas, and the template gallery.
 */
export function HomePage() {
  const t = useT();
  const maps = useAsync(() => api.journeys.list(), 'maps');
  // One request for every persona; each map summary names its personas by id.
  const personas = useAsync(async () => {
    const list = await api.personas.list();
    return new Map(list.map(({ persona }) => [persona.id, persona.name]));
  }, 'home-personas');
  const trash = useAsync(() => api.trash.list(), 'trash');
  const [template, setTemplate] = useState<TemplateSummary>();
  const mapImport = useMapImport();
  const actions = useMapActions(() => {
    maps.reload();
    trash.reload();
  });
  const pending = actions.pending;

  return (
    <div className="home">
      <section className="home-section" aria-labelledby="maps-heading">
        <div className="section-head">
          <div>
            <h1 id="maps-heading">{t('home.title')}</h1>
            <p className="section-sub">{t('home.subtitle')}</p>
          </div>
          <div className="home-actions">
            <ImportMapButton mapImport={mapImport} />
            <button
              type="button"
              className="btn primary"
              onClick={() => {
                document.getElementById('templates')?.scrollIntoView({ behavior: 'smooth' });
                document
                  .querySelector<HTMLElement>('#templates .template-use')
                  ?.focus({ preventScroll: true });
              }}
            >
              <span aria-hidden="true">＋</span> {t('home.newMap')}
            </button>
          </div>
        </div>
        <ImportMapFeedback mapImport={mapImport} />
        <MapNoticeBar actions={actions} />
        {maps.status === 'pending' && <p className="muted-line">{t('common.loading')}</p>}
        {maps.status === 'error' && (
          <div className="alert error" role="alert">
            <span>{t('common.serverError', { message: errorMessage(maps.error) })}</span>
            <button type="button" className="btn" onClick={maps.reload}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {maps.status === 'done' && (
          <MapBrowser
            maps={maps.value}
            personaNames={personas.status === 'done' ? personas.value : undefined}
            actions={actions}
          />
        )}
        {trash.status === 'done' && <TrashSection trash={trash.value} actions={actions} />}
      </section>

      <section className="personas-teaser" aria-labelledby="personas-heading">
        <span className="teaser-icon">
          <Icon name="users" size={26} />
        </span>
        <div>
          <h2 id="personas-heading">{t('home.personas.title')}</h2>
          <p>{t('home.personas.body')}</p>
        </div>
        <a className="btn" href="#/personas">
          {t('home.personas.open')}
        </a>
      </section>

      <div id="templates">
        <TemplateGallery onUse={setTemplate} />
      </div>
      {template && <NewMapDialog template={template} onClose={() => setTemplate(undefined)} />}
      {pending && (
        <ConfirmDialog
          testId={pending.kind === 'delete' ? 'confirm-delete' : 'confirm-purge'}
          title={t(pending.kind === 'delete' ? 'home.manage.deleteAsk' : 'home.trash.purgeAsk', {
            title: isolate(pending.map.title),
          })}
          confirmLabel={t(pending.kind === 'delete' ? 'home.manage.deleteConfirm' : 'home.trash.purge')}
          onConfirm={() => void actions.confirm()}
          onCancel={actions.cancel}
        >
          <p>
            {pending.kind === 'delete'
              ? t('home.manage.deleteBody', { days: TRASH_RETENTION_DAYS })
              : t('home.trash.purgeBody')}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
