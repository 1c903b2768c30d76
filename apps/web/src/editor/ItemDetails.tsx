import { useState } from 'react';
import { updateItem, type Item } from '@waymark/domain';
import { formatNumber, useLocale, useT } from '../i18n';
import { MatcherEditor } from '../matchers/MatcherEditor';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { EvidenceEditor } from './EvidenceEditor';
import { IMAGE_TYPES, MAX_IMAGE_KB, uploadImage } from './image-upload';
import { OpportunityFields } from './OpportunityFields';
import { ColorPicker, IconPicker } from './pickers';
import { TagsField } from './TagsField';
import './details.css';

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
  noneLabel,
}: {
  label: string;
  value: number | undefined;
  onChange(next: number | undefined): void;
  /** Offers "not set" (for an optional rating) with this text. */
  noneLabel?: string;
}) {
  const { locale } = useLocale();
  return (
    <label className="field">
      <span>{label}</span>
      <select
        className="select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      >
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {formatNumber(locale, n)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The details of one item in its popover: by kind, a touchpoint's channel, department and event
 * matchers, a pain point's severity and frequency, an opportunity's impact, feasibility, status,
 * owner, due date and linked pain points; then tags, evidence links, colour, an image (uploaded to
 * the server, the card holds its same-origin URL) and moves within the cell.
 */
export function ItemDetails({ item, canEarlier, canLater, onMove }: ItemDetailsProps) {
  const t = useT();
  const { edit } = useEditor();
  const [imageError, setImageError] = useState<string>();
  const channelValue = item.type === 'touchpoint' ? (item.channel ?? '') : '';
  const [channel, setChannel] = useState(channelValue);

  const handleImage = async (file: File | undefined) => {
    if (!file) return;
    const result = await uploadImage(file);
    if (!result.ok) {
      setImageError(
        result.problem === 'too-large'
          ? t('item.imageTooLarge', { size: MAX_IMAGE_KB })
          : result.problem === 'wrong-type'
            ? t('item.imageWrongType')
            : (result.message ?? t('item.imageWrongType')),
      );
      return;
    }
    setImageError(undefined);
    edit((j) => updateItem(j, item.id, { image: result.url }));
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
      {item.type === 'touchpoint' && (
        <>
          <CommitField
            label={t('item.department')}
            value={item.department ?? ''}
            maxLength={200}
            onCommit={(department) => edit((j) => updateItem(j, item.id, { department: department || null }))}
          />
          <MatcherEditor
            label={t('item.matchers')}
            matchers={item.matchers}
            onChange={(matchers) => edit((j) => updateItem(j, item.id, { matchers }))}
          />
        </>
      )}
      {item.type === 'pain_point' && (
        <div className="field-pair">
          <RatingSelect
            label={t('item.severity')}
            value={item.severity}
            onChange={(severity) => severity && edit((j) => updateItem(j, item.id, { severity }))}
          />
          <RatingSelect
            label={t('item.frequency')}
            value={item.frequency}
            noneLabel={t('item.notSet')}
            onChange={(frequency) => edit((j) => updateItem(j, item.id, { frequency: frequency ?? null }))}
          />
        </div>
      )}
      {item.type === 'opportunity' && (
        <>
          <div className="field-pair">
            <RatingSelect
              label={t('item.impact')}
              value={item.impact}
              onChange={(impact) => impact && edit((j) => updateItem(j, item.id, { impact }))}
            />
            <RatingSelect
              label={t('item.feasibility')}
              value={item.feasibility}
              onChange={(feasibility) => feasibility && edit((j) => updateItem(j, item.id, { feasibility }))}
            />
          </div>
          <OpportunityFields item={item} />
        </>
      )}
      {item.type !== 'emotion_point' && (
        <>
          <TagsField tags={item.tags} onChange={(tags) => edit((j) => updateItem(j, item.id, { tags }))} />
          <EvidenceEditor
            evidence={item.evidence}
            onChange={(evidence) => edit((j) => updateItem(j, item.id, { evidence }))}
          />
        </>
      )}
      <div className="option-row" data-testid="item-icon-row">
        <span>{t('item.icon')}</span>
        <IconPicker
          value={item.icon}
          label={t('item.icon')}
          onChange={(icon) => edit((j) => updateItem(j, item.id, { icon: icon ?? null }))}
        />
      </div>
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
            accept={IMAGE_TYPES.join(',')}
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
