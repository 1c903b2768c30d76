import type { Quadrant } from '@waymark/domain';
import type { TranslationKey } from '../i18n';

/** The translation key of each quadrant's name and its one-line advice. */
export const QUADRANT_TEXT: Readonly<Record<Quadrant, { name: TranslationKey; hint: TranslationKey }>> = {
  quick_win: { name: 'opportunities.quadrant.quick_win', hint: 'opportunities.quadrant.quick_win.hint' },
  major_project: {
    name: 'opportunities.quadrant.major_project',
    hint: 'opportunities.quadrant.major_project.hint',
  },
  fill_in: { name: 'opportunities.quadrant.fill_in', hint: 'opportunities.quadrant.fill_in.hint' },
  money_pit: { name: 'opportunities.quadrant.money_pit', hint: 'opportunities.quadrant.money_pit.hint' },
};
