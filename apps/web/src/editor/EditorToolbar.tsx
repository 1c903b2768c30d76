import type { Journey, Persona } from '@waymark/domain';
import { useT } from '../i18n';
import { ExportMenu, ViewSlot } from '../shell/optional-views';
import { AddLaneButton } from './AddLaneButton';
import type { PanelName } from './EditorPanels';
import { PersonasButton } from './PersonasButton';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './use-autosave';
import './toolbar.css';

/** Props of `EditorToolbar`. */
export interface EditorToolbarProps {
  journey: Journey;
  workspacePersonas: readonly Persona[];
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onAddStage(): void;
  saveState: SaveState;
  onRetrySave(): void;
  panel: PanelName | undefined;
  onPanel(name: PanelName): void;
  showHistory: boolean;
  onToggleHistory(): void;
  compare: boolean;
  onToggleCompare(): void;
}

/** The editor's toolbar: undo/redo, add stage/lane, personas, views, export and the save state. */
export function EditorToolbar(props: EditorToolbarProps) {
  const t = useT();
  const { journey } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <div className="toolbar-group">
        <button
          type="button"
          className="icon-btn toolbar-icon"
          aria-label={t('editor.undo')}
          title={`${t('editor.undo')} (Ctrl+Z)`}
          data-testid="undo"
          disabled={!props.canUndo}
          onClick={props.onUndo}
        >
          <span className="flip-rtl" aria-hidden="true">
            ↶
          </span>
        </button>
        <button
          type="button"
          className="icon-btn toolbar-icon"
          aria-label={t('editor.redo')}
          title={`${t('editor.redo')} (Ctrl+Shift+Z)`}
          data-testid="redo"
          disabled={!props.canRedo}
          onClick={props.onRedo}
        >
          <span className="flip-rtl" aria-hidden="true">
            ↷
          </span>
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" className="btn" data-testid="add-stage" onClick={props.onAddStage}>
          <span aria-hidden="true">＋</span> {t('editor.addStage')}
        </button>
        <AddLaneButton />
        <PersonasButton all={props.workspacePersonas} selected={journey.personaIds} />
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="btn"
          aria-pressed={props.panel === 'figures'}
          onClick={() => props.onPanel('figures')}
        >
          {t('editor.figures')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={props.panel === 'opportunities'}
          onClick={() => props.onPanel('opportunities')}
        >
          {t('editor.opportunities')}
        </button>
        <button type="button" className="btn" aria-pressed={props.compare} onClick={props.onToggleCompare}>
          {t('editor.compare')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={props.showHistory}
          onClick={props.onToggleHistory}
        >
          {t('editor.history')}
        </button>
        <ViewSlot>
          <ExportMenu journey={journey} />
        </ViewSlot>
      </div>
      <SaveStatus state={props.saveState} onRetry={props.onRetrySave} />
    </div>
  );
}
