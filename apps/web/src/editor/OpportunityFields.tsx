import { opportunitySchema, opportunityStatusLabel, updateItem, type Opportunity } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { CommitField } from './CommitField';
import { useEditor } from './EditorContext';
import { usePainPoints } from './pain-points-context';

const STATUSES = opportunitySchema.shape.status.unwrap().options;

/**
 * An opportunity's plan: status, owner, due date and the pain points it addresses (checkboxes of
 * the map's pain points). Impact and feasibility are edited beside it (and on the matrix).
 */
export function OpportunityFields({ item }: { item: Opportunity }) {
  const t = useT();
  const { locale } = useLocale();
  const { edit } = useEditor();
  const painPoints = usePainPoints();
  const linked = new Set(item.painPointIds);
  const toggle = (id: string, on: boolean) => {
    const painPointIds = on ? [...item.painPointIds, id] : item.painPointIds.filter((other) => other !== id);
    edit((j) => updateItem(j, item.id, { painPointIds }));
  };
  return (
    <>
      <div className="field-pair">
        <label className="field">
          <span>{t('item.status')}</span>
          <select
            className="select"
            value={item.status}
            data-testid="opportunity-status"
            onChange={(event) => {
              const status = STATUSES.find((s) => s === event.target.value);
              if (status) edit((j) => updateItem(j, item.id, { status }));
            }}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {opportunityStatusLabel(status, locale)}
              </option>
            ))}
          </select>
        </label>
        <CommitField
          label={t('item.dueDate')}
          type="date"
          dir="ltr"
          value={item.dueDate ?? ''}
          testId="opportunity-due"
          onCommit={(dueDate) => {
            if (dueDate === '' || /^\d{4}-\d{2}-\d{2}$/.test(dueDate))
              edit((j) => updateItem(j, item.id, { dueDate: dueDate || null }));
          }}
        />
      </div>
      <CommitField
        label={t('item.owner')}
        value={item.owner ?? ''}
        maxLength={200}
        testId="opportunity-owner"
        onCommit={(owner) => edit((j) => updateItem(j, item.id, { owner: owner || null }))}
      />
      <fieldset className="pain-links" data-testid="pain-links">
        <legend>{t('item.painPoints')}</legend>
        {painPoints.length === 0 ? (
          <p className="muted field-help">{t('item.noPainPoints')}</p>
        ) : (
          <ul>
            {painPoints.map((pain) => (
              <li key={pain.id}>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={linked.has(pain.id)}
                    onChange={(event) => toggle(pain.id, event.target.checked)}
                  />
                  <span dir="auto">
                    <span className="muted">{pain.stage}:</span> {pain.text}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
