import type { StoredPersona } from '@waymark/domain';
import { useT } from '../i18n';
import { PersonaAvatar } from './PersonaAvatar';

/** Props of `PersonaCard`. */
export interface PersonaCardProps {
  stored: StoredPersona;
  selected: boolean;
  mapCount: number | undefined;
  onSelect(): void;
}

/** One persona in the list: avatar, name, role, quote and how many maps use it. Click to edit. */
export function PersonaCard({ stored, selected, mapCount, onSelect }: PersonaCardProps) {
  const t = useT();
  const { persona } = stored;
  return (
    <li>
      <button
        type="button"
        className={`persona-card${selected ? ' is-selected' : ''}`}
        data-testid="persona-card"
        data-persona-id={persona.id}
        aria-current={selected ? 'true' : undefined}
        style={persona.color ? { borderInlineStartColor: persona.color } : undefined}
        onClick={onSelect}
      >
        <PersonaAvatar persona={persona} size={44} />
        <span className="persona-card-body">
          <span className="persona-card-name" dir="auto">
            {persona.name}
          </span>
          {persona.role && (
            <span className="persona-card-role" dir="auto">
              {persona.role}
            </span>
          )}
          {persona.quote && (
            <span className="persona-card-quote" dir="auto">
              “{persona.quote}”
            </span>
          )}
          <span className="persona-card-meta">
            {mapCount !== undefined && (
              <span className="badge">{t('personas.card.maps', { count: mapCount })}</span>
            )}
            {persona.segmentRule.length > 0 && <span className="badge">{t('personas.card.segment')}</span>}
          </span>
        </span>
      </button>
    </li>
  );
}
