import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  addStage,
  deepEqual,
  DomainError,
  ID_PREFIX,
  mapTypeLabel,
  newId,
  updateJourney,
  type Journey,
  type Persona,
} from '@waymark/domain';
import type { JourneySummary } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { api, errorMessage, isConflict } from '../lib/api';
import { EditorContext, resolvePersonas, type EditorApi } from './EditorContext';
import { EditorPanels, type PanelName } from './EditorPanels';
import { EditorToolbar } from './EditorToolbar';
import { HistoryPanel } from './HistoryPanel';
import { InlineText } from './InlineText';
import { MapSettings } from './MapSettings';
import { MapViewport } from './MapViewport';
import { RevisionPreview } from './RevisionPreview';
import { MergeChooser } from './MergeChooser';
import { rebaseHistory } from './save-merge';
import { shareStructure } from './share-structure';
import { SplitView } from './SplitView';
import { useAutosave, type Baseline } from './use-autosave';
import { useHistory } from './use-history';
import { useStageFigures } from './use-stage-figures';
import { PainPointsContext, painPointOptions } from './pain-points-context';
import { requestEdit } from './new-item';
import './editor.css';

/** Props of `MapEditor`: the journey as loaded, the workspace's personas and maps. */
export interface MapEditorProps {
  initial: Baseline;
  workspacePersonas: readonly Persona[];
  maps: readonly JourneySummary[];
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The map editor: undo history of Journey snapshots, debounced autosave that merges local edits onto
 * a newer revision (and asks the person only about true conflicts),
 * the toolbar, the grid, and the side panels (history, compare, figures, opportunities).
 */
export function MapEditor({ initial, workspacePersonas, maps }: MapEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const history = useHistory(initial.journey, deepEqual);
  const journey = history.present;
  const { transform, current } = history;
  const autosave = useAutosave(journey.id, journey, initial, {
    current,
    adoptMerge: (sides, merged, choices) =>
      transform((state) => rebaseHistory(state, sides, merged, choices)),
  });
  const [opError, setOpError] = useState<string>();
  const [panel, setPanel] = useState<PanelName | undefined>();
  const [showHistory, setShowHistory] = useState(false);
  const [preview, setPreview] = useState<number>();
  const [compare, setCompare] = useState(false);
  const { apply, undo, redo, replace } = history;
  const [eventsTick, setEventsTick] = useState(0);
  const figures = useStageFigures(journey, autosave.savedJourney, eventsTick);

  const edit = useCallback(
    (update: (j: Journey) => Journey) => {
      try {
        apply((present) => shareStructure(present, update(present)));
        setOpError(undefined);
      } catch (error) {
        setOpError(error instanceof DomainError ? error.message.split('\n')[0] : errorMessage(error));
      }
    },
    [apply],
  );

  const personas = useMemo(
    () => resolvePersonas(journey.personaIds, workspacePersonas),
    [journey.personaIds, workspacePersonas],
  );
  const painPoints = useMemo(() => painPointOptions(journey), [journey]);
  const editorApi = useMemo<EditorApi>(
    () => ({ edit, readOnly: false, locale, personas }),
    [edit, locale, personas],
  );

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isTyping(event.target))
        return;
      event.preventDefault();
      if (event.shiftKey) redo();
      else undo();
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [undo, redo]);

  useEffect(() => {
    const handleBeforeUnload = (event: BeforeUnloadEvent) => {
      if (autosave.state.kind !== 'saved') event.preventDefault();
    };
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => window.removeEventListener('beforeunload', handleBeforeUnload);
  }, [autosave.state.kind]);

  const restore = async (revision: number) => {
    try {
      if (!(await autosave.flush())) {
        setOpError(t('history.saveFirst'));
        return;
      }
      const stored = await api.journeys.restore(journey.id, {
        revision,
        baseRevision: autosave.baseRevision(),
      });
      autosave.adopt(stored);
      replace(stored.journey);
      setPreview(undefined);
    } catch (error) {
      if (!isConflict(error)) {
        setOpError(errorMessage(error));
        return;
      }
      // Someone saved after the preview was drawn: catch up, and let the person look again.
      const newest = await autosave.catchUp();
      setOpError(t('history.newerSaved', { revision: newest ?? '?' }));
    }
  };

  const currentRevision = autosave.state.kind === 'saved' ? autosave.state.revision : undefined;

  return (
    <EditorContext.Provider value={editorApi}>
      <PainPointsContext.Provider value={painPoints}>
        <div className="editor">
          <div className="editor-head">
            <div className="editor-title">
              <a className="back-link" href="#/" aria-label={t('common.backToMaps')}>
                <span className="flip-rtl" aria-hidden="true">
                  ←
                </span>
              </a>
              <h1>
                <InlineText
                  value={journey.title}
                  label={t('editor.mapTitle')}
                  required
                  onCommit={(title) => edit((j) => updateJourney(j, { title }))}
                />
              </h1>
              <span className="badge">{mapTypeLabel(journey.mapType, locale)}</span>
              <MapSettings journey={journey} />
            </div>
            <EditorToolbar
              canUndo={history.canUndo}
              canRedo={history.canRedo}
              onUndo={undo}
              onRedo={redo}
              onAddStage={() => {
                const id = newId(ID_PREFIX.stage);
                requestEdit(id);
                edit((j) => addStage(j, { id, name: t('editor.newStageName'), matchers: [] }));
              }}
              journey={journey}
              workspacePersonas={workspacePersonas}
              saveState={autosave.state}
              onRetrySave={autosave.retry}
              panel={panel}
              onPanel={(name) => setPanel((p) => (p === name ? undefined : name))}
              showHistory={showHistory}
              onToggleHistory={() => setShowHistory((s) => !s)}
              compare={compare}
              onToggleCompare={() => setCompare((c) => !c)}
            />
          </div>
          {autosave.state.kind === 'conflict' && (
            <MergeChooser
              key={autosave.state.conflicts.map((c) => c.key).join(' ')}
              revision={autosave.state.revision}
              conflicts={autosave.state.conflicts}
              journeys={[autosave.state.theirs, journey]}
              onResolve={autosave.resolve}
            />
          )}
          {opError && (
            <div className="alert error" role="alert">
              <span>{opError}</span>
              <button type="button" className="btn ghost" onClick={() => setOpError(undefined)}>
                {t('common.close')}
              </button>
            </div>
          )}
          <div className="editor-body">
            <div className="editor-main">
              {preview !== undefined ? (
                <RevisionPreview
                  journeyId={journey.id}
                  revision={preview}
                  current={journey}
                  workspacePersonas={workspacePersonas}
                  onRestore={(revision) => void restore(revision)}
                  onClose={() => setPreview(undefined)}
                />
              ) : compare ? (
                <SplitView journey={journey} maps={maps} workspacePersonas={workspacePersonas} />
              ) : (
                <MapViewport journey={journey} label={journey.title} figures={figures.byStage} />
              )}
              {panel && (
                <EditorPanels
                  panel={panel}
                  journey={journey}
                  figures={figures.state}
                  onChange={(next) => edit(() => next)}
                  onEventsImported={() => setEventsTick((n) => n + 1)}
                />
              )}
              <p className="keyboard-hint">{t('editor.keyboardHint')}</p>
            </div>
            {showHistory && (
              <HistoryPanel
                journeyId={journey.id}
                currentRevision={currentRevision}
                previewing={preview}
                onPreview={setPreview}
                onClose={() => {
                  setShowHistory(false);
                  setPreview(undefined);
                }}
              />
            )}
          </div>
        </div>
      </PainPointsContext.Provider>
    </EditorContext.Provider>
  );
}
