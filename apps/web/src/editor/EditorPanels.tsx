import type { Journey } from '@waymark/domain';
import { useT } from '../i18n';
import { FiguresPanel, OpportunityMatrix, ViewSlot } from '../shell/optional-views';

/** The views that open below the map. */
export type PanelName = 'figures' | 'opportunities';

/** Mounts the views engineer's figures panel or opportunity matrix below the map. */
export function EditorPanels({
  panel,
  journey,
  onChange,
}: {
  panel: PanelName;
  journey: Journey;
  onChange(next: Journey): void;
}) {
  const t = useT();
  return (
    <section
      className="editor-panel"
      aria-label={t(panel === 'figures' ? 'editor.figures' : 'editor.opportunities')}
    >
      <ViewSlot>
        {panel === 'figures' && <FiguresPanel journey={journey} />}
        {panel === 'opportunities' && <OpportunityMatrix journey={journey} onChange={onChange} />}
      </ViewSlot>
    </section>
  );
}
