import { updateStage, type Stage } from '@waymark/domain';
import { useT } from '../i18n';
import { MatcherEditor } from '../matchers/MatcherEditor';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { Popover } from './Popover';
import './details.css';

/**
 * The settings popover of a stage header: its description, its goal and the event matchers that
 * bind it to measured events (what its figures count). Every change is one undo step and autosaves.
 */
export function StageSettings({ stage }: { stage: Stage }) {
  const t = useT();
  const { edit } = useEditor();
  const label = t('stage.settings', { name: stage.name });
  return (
    <Popover
      label={label}
      testId="stage-settings"
      className="stage-popover"
      trigger={
        <span aria-hidden="true" className={stage.matchers.length > 0 ? 'linked-glyph' : undefined}>
          ⚙
        </span>
      }
    >
      {() => (
        <div className="item-details stage-settings">
          <CommitField
            label={t('stage.description')}
            value={stage.description ?? ''}
            multiline
            maxLength={10_000}
            onCommit={(description) =>
              edit((j) => updateStage(j, stage.id, { description: description || null }))
            }
          />
          <CommitField
            label={t('stage.goal')}
            value={stage.goal ?? ''}
            maxLength={10_000}
            onCommit={(goal) => edit((j) => updateStage(j, stage.id, { goal: goal || null }))}
          />
          <MatcherEditor
            label={t('stage.matchers')}
            matchers={stage.matchers}
            onChange={(matchers) => edit((j) => updateStage(j, stage.id, { matchers }))}
          />
          <p className="muted field-help">{t('stage.matchersHelp')}</p>
        </div>
      )}
    </Popover>
  );
}
