import { useState } from 'react';
import { updateItem, type Item } from '@waymark/domain';
import { useT } from '../i18n';
import { useEditor } from './EditorContext';
import { MAX_IMAGE_BYTES, readImage } from './image-upload';
import { ColorPicker } from './pickers';

/** Props of `ItemDetails`. */
export interface ItemDetailsProps {
  item: Item;
  canEarlier: boolean;
  canLater: boolean;
  onMove(later: boolean): void;
}

function RatingSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange(next: number): void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select className="select" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The details of one item in its popover: channel, severity, impact and feasibility by kind,
 * colour, an image (uploaded as a size-limited data URL) and moves within the cell.
 */
export function ItemDetails({ item, canEarlier, canLater, onMove }: ItemDetailsProps) {
  const t = useT();
  const { edit } = useEditor();
  const [imageError, setImageError] = useState<string>();
  const channelValue = item.type === 'touchpoint' ? (item.channel ?? '') : '';
  const [channel, setChannel] = useState(channelValue);

  const handleImage = async (file: File | undefined) => {
    if (!file) return;
    const result = await readImage(file);
    if (!result.ok) {
      setImageError(
        result.problem === 'too-large'
          ? t('item.imageTooLarge', { size: Math.round(MAX_IMAGE_BYTES / 1024) })
          : t('item.imageWrongType'),
      );
      return;
    }
    setImageError(undefined);
    edit((j) => updateItem(j, item.id, { image: result.dataUrl }));
  };

  return (
    <div className="item-details">
      {item.type === 'touchpoint' && (
        <label className="field">
          <span>{t('item.channel')}</span>
          <input
            className="input"
            value={channel}
            maxLength={200}
            onChange={(event) => setChannel(event.target.value)}
            onBlur={() => {
              if (channel !== channelValue)
                edit((j) => updateItem(j, item.id, { channel: channel.trim() || null }));
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
          />
        </label>
      )}
      {item.type === 'pain_point' && (
        <RatingSelect
          label={t('item.severity')}
          value={item.severity}
          onChange={(severity) => edit((j) => updateItem(j, item.id, { severity }))}
        />
      )}
      {item.type === 'opportunity' && (
        <div className="field-pair">
          <RatingSelect
            label={t('item.impact')}
            value={item.impact}
            onChange={(impact) => edit((j) => updateItem(j, item.id, { impact }))}
          />
          <RatingSelect
            label={t('item.feasibility')}
            value={item.feasibility}
            onChange={(feasibility) => edit((j) => updateItem(j, item.id, { feasibility }))}
          />
        </div>
      )}
      <div className="option-row">
        <span>{t('item.color')}</span>
        <ColorPicker
          value={item.color}
          label={t('item.color')}
          onChange={(color) => edit((j) => updateItem(j, item.id, { color: color ?? null }))}
        />
      </div>
      <div className="option-row">
        <label className="btn file-btn">
          {t('item.addImage')}
          <input
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml"
            className="visually-hidden"
            aria-label={t('item.addImage')}
            onChange={(event) => void handleImage(event.target.files?.[0])}
          />
        </label>
        {item.image && (
          <button
            type="button"
            className="btn danger"
            onClick={() => edit((j) => updateItem(j, item.id, { image: null }))}
          >
            {t('item.removeImage')}
          </button>
        )}
      </div>
      {imageError && (
        <p className="field-error" role="alert">
          {imageError}
        </p>
      )}
      <div className="option-row">
        <button type="button" className="btn" disabled={!canEarlier} onClick={() => onMove(false)}>
          {t('item.moveEarlier')}
        </button>
        <button type="button" className="btn" disabled={!canLater} onClick={() => onMove(true)}>
          {t('item.moveLater')}
        </button>
      </div>
    </div>
  );
}
