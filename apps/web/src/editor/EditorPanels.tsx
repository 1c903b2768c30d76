import type { Journey, JourneyFigures } from '@waymark/domain';
import type { AsyncState } from '../lib/use-async';
import { useT } from '../i18n';
import { FiguresPanel, OpportunityMatrix, ViewSlot } from '../shell/optional-views';

/** The views that open below the map. */
export type PanelName = 'figures' | 'opportunities';

/** Mounts the figures panel or opportunity matrix below the map. */
export function EditorPanels({
  panel,
  journey,
  figures,
  onChange,
  onEventsImported,
}: {
  panel: PanelName;
  journey: Journey;
  /** The map's stage figures (loaded once for the headers and the panel). */
  figures: AsyncState<JourneyFigures>;
  onChange(next: Journey): void;
  /** Called after events are imported from the figures panel (the map's figures reload). */
  onEventsImported(): void;
}) {
  const t = useT();
  return (
    <section
      className="editor-panel"
      aria-label={t(panel === 'figures' ? 'editor.figures' : 'editor.opportunities')}
    >
      <ViewSlot>
        {panel === 'figures' && (
          <FiguresPanel journey={journey} figures={figures} onEventsImported={onEventsImported} />
        )}
        {panel === 'opportunities' && <OpportunityMatrix journey={journey} onChange={onChange} />}
      </ViewSlot>
    </section>
  );
}
