import type { StageFigures } from '@waymark/domain';
import { useT } from '../i18n';
import { useFormat } from './use-format';
import './figures.css';

/** Props of `StageFiguresBar`. */
export interface StageFiguresBarProps {
  figures: StageFigures | undefined;
}

/**
 * A compact line of a stage's measured figures (users reached, conversion from the previous stage,
 * drop-off) for a stage header or card. Renders nothing without figures. The raw numbers sit in
 * `data-users` and `data-conversion` (empty when null) for tests and tooling.
 */
export function StageFiguresBar({ figures }: StageFiguresBarProps) {
  const t = useT();
  const f = useFormat();
  if (!figures) return null;
  const conversion = figures.conversionFromPrevious;
  const label = t('figures.bar.label', {
    users: f.count(figures.users),
    conversion: f.percent(conversion),
    dropOff: f.count(figures.dropOff),
  });
  return (
    <div
      className="stage-figures"
      data-testid="stage-figures"
      data-stage-id={figures.stageId}
      data-users={figures.users}
      data-conversion={conversion === null ? '' : String(conversion)}
      role="img"
      aria-label={label}
      title={label}
    >
      <span className="sf-metric">
        <svg className="sf-icon" viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
          <circle cx="8" cy="5" r="3" fill="currentColor" />
          <path d="M2.5 14.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5z" fill="currentColor" />
        </svg>
        <span className="sf-value">{f.count(figures.users)}</span>
      </span>
      {conversion !== null && (
        <span className="sf-metric">
          <span className="sf-icon flip-rtl" aria-hidden="true">
            ↗
          </span>
          <span className="sf-value">{f.percent(conversion)}</span>
        </span>
      )}
      {figures.dropOff > 0 && (
        <span className="sf-metric sf-drop">
          <span className="sf-icon flip-rtl" aria-hidden="true">
            ↘
          </span>
          <span className="sf-value">{f.count(figures.dropOff)}</span>
        </span>
      )}
    </div>
  );
}
