import type { ApiClient } from '@waymark/api';

/** Title of the seeded demo map (the purchase journey, current state). */
export const DEMO_TITLE = 'Online shop purchase: current state';

/** The id of the seeded demo map. Specs read it and must leave it as seeded. */
export async function demoMapId(api: ApiClient): Promise<string> {
  const maps = await api.journeys.list();
  const demo = maps.find((m) => m.title === DEMO_TITLE);
  if (!demo) throw new Error(`the demo map "${DEMO_TITLE}" is missing`);
  return demo.id;
}
