import { useState, type ReactNode } from 'react';
import type { Journey, JourneyFigures } from '@waymark/domain';
import { JOURNEY_WINDOW_SECONDS, measuredStages } from '@waymark/domain';
import { useT } from '../i18n';
import { api, errorMessage } from '../lib/api';
import { useAsync, type AsyncState } from '../lib/use-async';
import { invalidateEventNames } from '../matchers/use-event-names';
import { ChannelTable } from './ChannelTable';
import { EventsImportForm } from './EventsImportForm';
import { FiguresEmpty } from './FiguresEmpty';
import { FunnelChart } from './FunnelChart';

import { SankeyChart } from './SankeyChart';
import { StageFiguresTable } from './StageFiguresTable';
import { TtcHistogram } from './TtcHistogram';
import { useAnalyticsData } from './use-figures-data';
import { useFormat } from './use-format';
import './figures.css';

/** Props of `FiguresPanel`. */
export interface FiguresPanelProps {
  journey: Journey;
  /**
   * The stage figures of the stored map, loaded by the editor (it reloads them once a save stores
   * changed matchers, and after `onEventsImported`).
   */
  figures: AsyncState<JourneyFigures>;
  /** Called after an events import, so figures elsewhere (the stage headers) reload too. */
  onEventsImported(): void;
}

/** A titled section of the panel. */
function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <section className="figures-section">
      <header className="figures-section-head">
        <h3>{title}</h3>
        {hint && <p className="muted">{hint}</p>}
      </header>
      {children}
    </section>
  );
}

/** Loading line, error alert, or the content of a loaded value. */
function Loaded<T>({ state, children }: { state: AsyncState<T>; children(value: T): ReactNode }) {
  const t = useT();
  if (state.status === 'pending') return <p className="muted-line">{t('common.loading')}</p>;
  if (state.status === 'error') return <p className="alert error">{errorMessage(state.error)}</p>;
  return <>{children(state.value)}</>;
}

/**
 * The evidence behind a map, measured from imported events: per-stage reach, conversion and
 * drop-off, a funnel, the time to convert, a Sankey of top paths and channel effectiveness. Every
 * figure comes from the API. With no events imported yet it explains how, with the import form.
 */
export function FiguresPanel({ journey, figures, onEventsImported }: FiguresPanelProps) {
  const t = useT();
  const f = useFormat();
  const [tick, setTick] = useState(0);
  const [showImport, setShowImport] = useState(false);
  const summary = useAsync(() => api.events.summary(), `summary|${tick}`);
  const data = useAnalyticsData(journey, tick);
  const measured = measuredStages(journey);
  // Keeps the form (and its result) open: the figures below reload behind it.
  const handleImported = () => {
    invalidateEventNames();
    setTick((n) => n + 1);
    onEventsImported();
  };

  if (summary.status === 'pending') return <p className="muted-line">{t('common.loading')}</p>;
  if (summary.status === 'error') {
    return (
      <div className="figures-panel" data-testid="figures-panel">
        <p className="alert error">{t('figures.unavailable', { message: errorMessage(summary.error) })}</p>
      </div>
    );
  }
  const s = summary.value;
  const first = measured[0]?.name ?? '';
  const days = JOURNEY_WINDOW_SECONDS / 86_400;
  const last = measured[measured.length - 1]?.name ?? '';

  const empty = s.events === 0;
  // One tree for both states, so the import form keeps its result when the first import lands.
  return (
    <div className="figures-panel" data-testid="figures-panel">
      {empty ? (
        <FiguresEmpty />
      ) : (
        <header className="figures-head">
          <div>
            <h2>{t('figures.title')}</h2>
            <p className="muted">
              {t('figures.summary', {
                events: f.count(s.events),
                users: f.count(s.users),
                from: f.date(s.from),
                to: f.date(s.to),
              })}
            </p>
          </div>
          <button
            type="button"
            className="btn"
            aria-expanded={showImport}
            onClick={() => setShowImport((v) => !v)}
          >
            {t('figures.import.open')}
          </button>
        </header>
      )}
      {(empty || showImport) && <EventsImportForm key="import" onImported={handleImported} />}
      {!empty && measured.length === 0 && <p className="alert warning">{t('figures.noMatchers')}</p>}
      {!empty && (
        <Section title={t('figures.stages.title')} hint={t('figures.stages.hint', { days })}>
          <Loaded state={figures}>
            {(value) => <StageFiguresTable journey={journey} figures={value} />}
          </Loaded>
        </Section>
      )}
      {!empty && measured.length > 0 && (
        <>
          <Section title={t('figures.funnel.title')}>
            <Loaded state={figures}>{(value) => <FunnelChart journey={journey} figures={value} />}</Loaded>
          </Section>
          <div className="figures-columns">
            <Section title={t('figures.ttc.title')} hint={t('figures.ttc.hint', { from: first, to: last })}>
              <Loaded state={data.ttc}>
                {(value) =>
                  value.skipped ? (
                    <p className="muted">{t('figures.needTwoStages')}</p>
                  ) : (
                    <TtcHistogram result={value.value} from={first} to={last} />
                  )
                }
              </Loaded>
            </Section>
            <Section
              title={t('figures.channels.title')}
              hint={t('figures.channels.hint', { stage: last, days })}
            >
              <Loaded state={data.attribution}>
                {(value) =>
                  value.skipped ? (
                    <p className="muted">{t('figures.needTwoStages')}</p>
                  ) : (
                    <ChannelTable attribution={value.value} />
                  )
                }
              </Loaded>
            </Section>
          </div>
          <Section title={t('figures.sankey.title')} hint={t('figures.sankey.hint', { stage: first })}>
            <Loaded state={data.paths}>{(value) => <SankeyChart paths={value} />}</Loaded>
          </Section>
        </>
      )}
    </div>
  );
}
