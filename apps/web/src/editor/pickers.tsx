import { useT } from '../i18n';
import { Icon, ICON_NAMES } from '../shell/Icon';
import { Popover } from './Popover';
import './pickers.css';

/** The colour palette offered for stages, lanes and cards: soft, legible behind dark text. */
export const PALETTE = [
  '#2f5bd3',
  '#0e7c86',
  '#1f7a4d',
  '#7a9a01',
  '#c98a00',
  '#d9622b',
  '#c23a3a',
  '#b8327a',
  '#7048c8',
  '#5d6778',
] as const;

/** A palette popover; `onChange(undefined)` clears the colour. */
export function ColorPicker({
  value,
  label,
  onChange,
}: {
  value: string | undefined;
  label: string;
  onChange(next: string | undefined): void;
}) {
  const t = useT();
  return (
    <Popover
      label={label}
      trigger={
        <span className="swatch-dot" style={{ background: value ?? 'transparent' }} aria-hidden="true" />
      }
    >
      {(close) => (
        <div className="swatches" role="radiogroup" aria-label={label}>
          {PALETTE.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={value === color}
              aria-label={`${t('picker.color')} ${color}`}
              className="swatch"
              style={{ background: color }}
              onClick={() => {
                onChange(color);
                close();
              }}
            />
          ))}
          <button
            type="button"
            role="radio"
            aria-checked={value === undefined}
            aria-label={t('picker.noColor')}
            className="swatch swatch-none"
            onClick={() => {
              onChange(undefined);
              close();
            }}
          />
        </div>
      )}
    </Popover>
  );
}

/** An icon popover (the built-in named icons); `onChange(undefined)` clears the icon. */
export function IconPicker({
  value,
  label,
  onChange,
}: {
  value: string | undefined;
  label: string;
  onChange(next: string | undefined): void;
}) {
  const t = useT();
  return (
    <Popover
      label={label}
      trigger={value ? <Icon name={value} /> : <span className="icon-placeholder" aria-hidden="true" />}
    >
      {(close) => (
        <div className="icon-grid" role="listbox" aria-label={label}>
          {ICON_NAMES.map((icon) => (
            <button
              key={icon}
              type="button"
              role="option"
              aria-selected={value === icon}
              aria-label={`${t('picker.icon')} ${icon}`}
              title={icon}
              className="icon-choice"
              onClick={() => {
                onChange(icon);
                close();
              }}
            >
              <Icon name={icon} size={18} />
            </button>
          ))}
          <button
            type="button"
            role="option"
            aria-selected={value === undefined}
            className="icon-choice icon-none"
            onClick={() => {
              onChange(undefined);
              close();
            }}
          >
            {t('picker.noIcon')}
          </button>
        </div>
      )}
    </Popover>
  );
}
