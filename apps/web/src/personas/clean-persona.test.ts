import { describe, expect, it } from 'vitest';
import { cleanPersona } from './clean-persona';
import { blankPersona } from './persona-draft';

describe('cleanPersona', () => {
  it('drops blank entries and trims before validating', () => {
    const result = cleanPersona({
      ...blankPersona('  Nok  '),
      goals: ['  Pay fast ', ''],
      demographics: [
        { label: 'Age', value: '29' },
        { label: ' ', value: '' },
      ],
      segmentRule: [
        { property: ' platform ', operator: 'eq', value: 'mobile' },
        { property: '', operator: 'exists' },
      ],
    });
    expect(result.ok && result.persona).toMatchObject({
      name: 'Nok',
      goals: ['Pay fast'],
      demographics: [{ label: 'Age', value: '29' }],
      segmentRule: [{ property: 'platform', operator: 'eq', value: 'mobile' }],
    });
  });

  it('names the field of the first problem', () => {
    expect(cleanPersona({ ...blankPersona(' '), color: '#12' })).toMatchObject({ ok: false, path: 'name' });
    const noLabel = cleanPersona({ ...blankPersona('A'), demographics: [{ label: '', value: '31' }] });
    expect(noLabel).toMatchObject({ ok: false, path: 'demographics.0.label' });
  });
});
