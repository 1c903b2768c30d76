import { addJourneyPersona, removeJourneyPersona, type Persona } from '@waymark/domain';
import { formatNumber, useT } from '../i18n';
import { useEditor } from './EditorContext';
import { Popover } from './Popover';
import { Icon } from '../shell/Icon';

/** Toolbar popover choosing which workspace personas this map shows (emotion curves per persona). */
export function PersonasButton({ all, selected }: { all: readonly Persona[]; selected: readonly string[] }) {
  const t = useT();
  const { edit, locale } = useEditor();
  return (
    <Popover
      label={t('editor.personas')}
      labelFromContent
      triggerClassName="btn"
      testId="map-personas"
      trigger={
        <>
          <Icon name="users" /> {t('editor.personas')}
          {selected.length > 0 && <span className="badge">{formatNumber(locale, selected.length)}</span>}
        </>
      }
    >
      {() =>
        all.length === 0 ? (
          <p className="popover-note">
            {t('editor.noWorkspacePersonas')} <a href="#/personas">{t('home.personas.open')}</a>
          </p>
        ) : (
          <fieldset className="check-list">
            <legend>{t('editor.personasOnMap')}</legend>
            {all.map((persona) => {
              const on = selected.includes(persona.id);
              return (
                <label key={persona.id} className="check-row">
                  <input
                    type="checkbox"
                    checked={on}
                    data-persona-id={persona.id}
                    onChange={() =>
                      edit((j) =>
                        on ? removeJourneyPersona(j, persona.id) : addJourneyPersona(j, persona.id),
                      )
                    }
                  />
                  <span className="legend-swatch" style={{ background: persona.color ?? 'var(--accent)' }} />
                  <span dir="auto">{persona.name}</span>
                </label>
              );
            })}
          </fieldset>
        )
      }
    </Popover>
  );
}
