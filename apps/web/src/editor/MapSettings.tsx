import { useId } from 'react';
import { journeyKindLabel, journeyKindSchema, updateJourney, type Journey } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { Popover } from './Popover';
import './details.css';

/** Goal actions offered as suggestions (the field takes any text). */
const GOAL_SUGGESTIONS = ['purchase', 'order', 'inquiry', 'signup', 'booking', 'renewal', 'activation'];

/**
 * The map's own settings beside its title: description, journey kind and goal action (what the
 * journey leads to). Each change is one undo step and autosaves, like every other edit.
 */
export function MapSettings({ journey }: { journey: Journey }) {
  const t = useT();
  const { locale } = useLocale();
  const { edit, readOnly } = useEditor();
  const suggestionsId = useId();
  if (readOnly) return null;
  return (
    <Popover
      label={t('editor.settings')}
      labelFromContent
      testId="map-settings"
      className="map-settings-popover"
      triggerClassName="btn ghost"
      trigger={
        <>
          <span aria-hidden="true">⚙</span> {t('editor.settings.button')}
        </>
      }
    >
      {() => (
        <div className="item-details map-settings" data-testid="map-settings-panel">
          <CommitField
            label={t('editor.settings.description')}
            value={journey.description}
            multiline
            maxLength={20_000}
            testId="map-description"
            onCommit={(description) => edit((j) => updateJourney(j, { description }))}
          />
          <label className="field">
            <span>{t('editor.settings.journeyKind')}</span>
            <select
              className="select"
              name="journey-kind"
              value={journey.journeyKind}
              onChange={(event) => {
                const kind = journeyKindSchema.safeParse(event.target.value);
                if (kind.success) edit((j) => updateJourney(j, { journeyKind: kind.data }));
              }}
            >
              {journeyKindSchema.options.map((kind) => (
                <option key={kind} value={kind}>
                  {journeyKindLabel(kind, locale)}
                </option>
              ))}
            </select>
          </label>
          <CommitField
            label={t('editor.settings.goal')}
            value={journey.goalAction ?? ''}
            maxLength={200}
            testId="map-goal"
            list={suggestionsId}
            onCommit={(goal) => edit((j) => updateJourney(j, { goalAction: goal || null }))}
          />
          <datalist id={suggestionsId}>
            {GOAL_SUGGESTIONS.map((goal) => (
              <option key={goal} value={goal} />
            ))}
          </datalist>
          <p className="muted field-help">{t('editor.settings.goalHelp')}</p>
        </div>
      )}
    </Popover>
  );
}
