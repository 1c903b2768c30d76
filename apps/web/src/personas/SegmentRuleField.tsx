import { useState } from 'react';
import type { PropertyCondition } from '@waymark/domain';
import { useT } from '../i18n';
import { OPERATORS, parseValue, valueText } from './persona-draft';

/** Props of `SegmentRuleField`. */
export interface SegmentRuleFieldProps {
  values: readonly PropertyCondition[];
  onChange(next: PropertyCondition[]): void;
}

/** One row of the rule while it is edited: the value as typed, parsed on every change. */
interface Row {
  property: string;
  operator: PropertyCondition['operator'];
  text: string;
}

function toCondition(row: Row): PropertyCondition {
  const value = parseValue(row.operator, row.text);
  return value === undefined
    ? { property: row.property, operator: row.operator }
    : { property: row.property, operator: row.operator, value };
}

/**
 * The persona's segment rule: event property conditions that must all hold for a measured user to
 * belong to the persona (e.g. `platform` equals `mobile`). `in` takes a comma-separated list.
 */
export function SegmentRuleField({ values, onChange }: SegmentRuleFieldProps) {
  const t = useT();
  const [rows, setRows] = useState<Row[]>(() =>
    values.map((c) => ({ property: c.property, operator: c.operator, text: valueText(c) })),
  );
  const update = (next: Row[]) => {
    setRows(next);
    onChange(next.map(toCondition));
  };
  const set = (index: number, patch: Partial<Row>) =>
    update(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="list-field rule-field">
      <legend>{t('personas.field.segmentRule')}</legend>
      <p className="muted field-help">{t('personas.segment.help')}</p>
      <ul>
        {rows.map((row, index) => (
          <li key={index}>
            <input
              className="input"
              dir="ltr"
              name={`segmentRule.${index}.property`}
              value={row.property}
              maxLength={200}
              placeholder={t('personas.segment.property')}
              aria-label={t('personas.segment.property')}
              onChange={(e) => set(index, { property: e.target.value })}
            />
            <select
              className="select"
              name={`segmentRule.${index}.operator`}
              value={row.operator}
              aria-label={t('personas.segment.operator')}
              onChange={(e) => {
                const operator = OPERATORS.find((op) => op === e.target.value);
                if (operator) set(index, { operator });
              }}
            >
              {OPERATORS.map((op) => (
                <option key={op} value={op}>
                  {t(`personas.op.${op}`)}
                </option>
              ))}
            </select>
            <input
              className="input"
              dir="auto"
              name={`segmentRule.${index}.value`}
              value={row.operator === 'exists' ? '' : row.text}
              disabled={row.operator === 'exists'}
              placeholder={
                row.operator === 'in' ? t('personas.segment.listPlaceholder') : t('personas.segment.value')
              }
              aria-label={t('personas.segment.value')}
              onChange={(e) => set(index, { text: e.target.value })}
            />
            <button
              type="button"
              className="icon-btn danger"
              aria-label={t('personas.list.remove', {
                label: t('personas.field.segmentRule'),
                index: index + 1,
              })}
              onClick={() => update(rows.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn ghost add-row"
        data-add="segmentRule"
        onClick={() => update([...rows, { property: '', operator: 'eq', text: '' }])}
      >
        ＋ {t('personas.segment.add')}
      </button>
    </fieldset>
  );
}
