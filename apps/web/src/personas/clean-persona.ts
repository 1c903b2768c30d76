import { personaSchema, type Persona } from '@waymark/domain';

/** A persona ready to save, or the first problem with the field path that names it. */
export type CleanResult = { ok: true; persona: Persona } | { ok: false; path: string; message: string };

/**
 * Tidies a persona from the form (trims the name, drops blank list entries, blank demographics and
 * conditions without a property) and validates it with the domain schema.
 */
export function cleanPersona(draft: Persona): CleanResult {
  const texts = (values: readonly string[]) => values.map((v) => v.trim()).filter((v) => v !== '');
  const tidy = {
    ...draft,
    name: draft.name.trim(),
    demographics: draft.demographics
      .map((d) => ({ label: d.label.trim(), value: d.value.trim() }))
      .filter((d) => d.label !== '' || d.value !== ''),
    goals: texts(draft.goals),
    needs: texts(draft.needs),
    motivations: texts(draft.motivations),
    frustrations: texts(draft.frustrations),
    preferredChannels: texts(draft.preferredChannels),
    segmentRule: draft.segmentRule
      .filter((c) => c.property.trim() !== '')
      .map((c) => ({ ...c, property: c.property.trim() })),
  };
  const parsed = personaSchema.safeParse(tidy);
  if (parsed.success) return { ok: true, persona: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, path: issue ? issue.path.join('.') : '', message: issue?.message ?? 'invalid persona' };
}
