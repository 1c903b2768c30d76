import { useEffect, useId, useRef, useState } from 'react';
import type { Journey, MergeChoices, MergeConflict, MergeSide } from '@waymark/domain';
import { useLocale, useT } from '../i18n';
import { Icon } from '../shell/Icon';
import { ChangeSubject } from './ChangeSubject';
import { entityLabel, fieldLabel, valueText, type ChangeTextContext } from './change-text';
import './merge-chooser.css';

/** Props of `MergeChooser`. */
export interface MergeChooserProps {
  /** The stored revision the local edits were merged onto. */
  revision: number;
  /** The conflicts only the person can settle. */
  conflicts: readonly MergeConflict[];
  /** Journeys to name stages and lanes from (the stored and the local one). */
  journeys: readonly Journey[];
  onResolve(choices: MergeChoices): void;
}

function optionText(ctx: ChangeTextContext, conflict: MergeConflict, side: MergeSide): string {
  const value = conflict[side];
  switch (conflict.kind) {
    case 'field':
      return valueText(ctx, conflict.field, value);
    case 'position':
      return ctx.t('merge.position', { position: Number(value) + 1 });
    case 'removed':
      if (conflict.removedBy === side) return ctx.t('merge.deleted');
      return conflict.contents
        ? ctx.t('merge.keptWith', { count: conflict.contents })
        : ctx.t('merge.kept', { value: valueText(ctx, undefined, value) });
  }
}

function subjectTail(ctx: ChangeTextContext, conflict: MergeConflict): string {
  if (conflict.kind === 'field') return ` · ${fieldLabel(ctx, conflict.field)}`;
  if (conflict.kind === 'position') return ` · ${ctx.t('merge.place')}`;
  return '';
}

/**
 * What a person sees when their save met a newer revision and both sides changed the same thing:
 * each conflict with the stored value ("Theirs") and the local one ("Yours"), one choice each;
 * everything else is already merged. Applying saves the result against the newer revision.
 */
export function MergeChooser({ revision, conflicts, journeys, onResolve }: MergeChooserProps) {
  const t = useT();
  const { locale } = useLocale();
  const ctx: ChangeTextContext = { t, locale, journeys };
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const chosen = conflicts.every((c) => choices[c.key] !== undefined);
  const all = (side: MergeSide) => setChoices(Object.fromEntries(conflicts.map((c) => [c.key, side])));

  return (
    <section className="merge-chooser" aria-labelledby={headingId} data-testid="merge-chooser">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        <Icon name="alert" size={18} />
        <span>{t('merge.title', { count: conflicts.length })}</span>
      </h2>
      <p>{t('merge.body', { revision })}</p>
      <ol className="merge-conflicts">
        {conflicts.map((conflict) => (
          <li key={conflict.key}>
            <fieldset data-testid="merge-conflict" data-conflict-key={conflict.key}>
              <legend>
                <ChangeSubject
                  lead={entityLabel(ctx, conflict.entity)}
                  name={conflict.name}
                  tail={subjectTail(ctx, conflict)}
                />
              </legend>
              {(['theirs', 'mine'] as const).map((side) => (
                <label key={side} className={`merge-option is-${side}`}>
                  <input
                    type="radio"
                    name={`${headingId}-${conflict.key}`}
                    value={side}
                    checked={choices[conflict.key] === side}
                    onChange={() => setChoices((c) => ({ ...c, [conflict.key]: side }))}
                  />
                  <span className="merge-side">{t(side === 'theirs' ? 'merge.theirs' : 'merge.mine')}</span>
                  <span className="merge-value" dir="auto" data-testid={`merge-${side}`}>
                    {optionText(ctx, conflict, side)}
                  </span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="merge-actions">
        <button type="button" className="btn" onClick={() => all('theirs')}>
          {t('merge.allTheirs')}
        </button>
        <button type="button" className="btn" onClick={() => all('mine')}>
          {t('merge.allMine')}
        </button>
        <button
          type="button"
          className="btn primary"
          disabled={!chosen}
          data-testid="merge-apply"
          onClick={() => onResolve(choices)}
        >
          {t('merge.apply')}
        </button>
      </div>
    </section>
  );
}
