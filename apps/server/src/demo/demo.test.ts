import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeJourney } from '@waymark/analytics';
import { journeyAttributionQuery, journeyTimeToConvertQuery } from '@waymark/domain';
import { openDeps } from '../open-deps';
import { errorOf, openTestApp } from '../test/harness';
import type { TestApp } from '../test/harness';
import { DEMO_EVENTS_FILE } from './seed';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ seed: true });
});
afterAll(async () => {
  await t.close();
});

/** Distinct users per event name, read straight from the bundled CSV (independent of the stores). */
function usersByEvent(): Map<string, Set<string>> {
  const lines = gunzipSync(readFileSync(DEMO_EVENTS_FILE)).toString('utf8').trim().split('\n');
  const header = (lines[0] ?? '').split(',');
  const userAt = header.indexOf('user_id');
  const eventAt = header.indexOf('event');
  const out = new Map<string, Set<string>>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const event = cells[eventAt] ?? '';
    const users = out.get(event) ?? new Set<string>();
    users.add(cells[userAt] ?? '');
    out.set(event, users);
  }
  return out;
}

describe('demo workspace', () => {
  it('seeds three maps and two personas once', async () => {
    const { client } = t;
    const journeys = await client.journeys.list({ workspaceId: 'demo' });
    expect(journeys.map((j) => j.mapType).sort()).toEqual([
      'current_state',
      'future_state',
      'service_blueprint',
    ]);
    const personas = await client.personas.list({ workspaceId: 'demo' });
    expect(personas.map((p) => p.persona.name).sort()).toEqual(['Maya Chen', 'Tom Okafor']);

    const current = (await client.journeys.get('demo-purchase')).journey;
    expect(current.stages.map((stage) => stage.name)).toEqual([
      'Awareness',
      'Consideration',
      'Decision',
      'Usage',
      'Retention',
      'Advocacy',
    ]);
    expect(current.stages.every((stage) => stage.matchers.length > 0)).toBe(true);
    const laneKinds = new Set(
      current.items.map((item) => current.lanes.find((l) => l.id === item.laneId)?.kind),
    );
    for (const kind of ['actions', 'touchpoints', 'thoughts', 'emotions', 'pain_points', 'opportunities']) {
      expect(laneKinds, kind).toContain(kind);
    }
    expect(current.items.filter((i) => i.type === 'emotion_point')).toHaveLength(12);
    const future = (await client.journeys.get('demo-purchase-future')).journey;
    expect(future.currentStateId).toBe('demo-purchase');
    const blueprint = (await client.journeys.get('demo-blueprint')).journey;
    expect(blueprint.dividers.map((d) => d.kind).sort()).toEqual([
      'line_of_interaction',
      'line_of_internal_interaction',
      'line_of_visibility',
    ]);
    for (const kind of ['frontstage', 'backstage', 'support_processes', 'people', 'policies', 'technology']) {
      expect(blueprint.lanes.map((l) => l.kind)).toContain(kind);
    }

    // A second start over the same data directory seeds nothing more.
    expect(t.opened.seed).toMatchObject({ maps: true, events: { inserted: 31106 } });
    await t.opened.close();
    const again = await openDeps({ dataDir: t.dataDir, webDist: t.dataDir }, {});
    try {
      expect(again.seed).toEqual({ maps: false, events: undefined });
      expect(await again.deps.maps.listJourneys()).toHaveLength(3);
      expect(await again.deps.events?.count()).toBe(31106);
    } finally {
      await again.close();
      await rm(t.dataDir, { recursive: true, force: true });
    }
    t = await openTestApp({ seed: true });
  });

  it('serves figures equal to a direct analytics computation', async () => {
    const figures = await t.client.journeys.figures('demo-purchase');
    const { journey } = await t.client.journeys.get('demo-purchase');
    const events = t.opened.deps.events;
    if (!events) throw new Error('no event store');
    const direct = await analyzeJourney(journey, events);
    expect(figures.totalUsers).toBe(direct.users);
    expect(figures.stages.map((s) => s.stageId)).toEqual(journey.stages.map((s) => s.id));
    for (const [i, stage] of figures.stages.entries()) {
      const expected = direct.stages[i];
      expect(stage).toMatchObject({
        users: expected?.users,
        dropOff: expected?.dropOff,
        conversionFromPrevious: expected?.conversionFromPrevious,
        medianSecondsToNext: expected?.medianSecondsToNext,
        bounced: expected?.bounced,
        regressed: expected?.regressed,
      });
    }
    // Every stage has users, and the first stage's users are at most those who had an awareness event.
    const byEvent = usersByEvent();
    const awareness = new Set([...(byEvent.get('home') ?? []), ...(byEvent.get('promo_page') ?? [])]);
    expect(figures.stages[0]?.users).toBeGreaterThan(0);
    expect(figures.stages[0]?.users).toBeLessThanOrEqual(awareness.size);
    expect(figures.stages.every((s) => s.users > 0)).toBe(true);

    const january = await t.client.journeys.figures('demo-purchase', {
      from: '2024-01-01',
      to: '2024-01-31',
    });
    expect(january.totalUsers).toBeLessThan(figures.totalUsers);
    // A date alone as `to` includes that day: the range ends at February's first midnight (UTC).
    const throughJanuary = await analyzeJourney(journey, events, {
      timeRange: { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 1, 1) },
    });
    expect(january.stages.map((s) => s.users)).toEqual(throughJanuary.stages.map((s) => s.users));
    expect(january.totalUsers).toBe(throughJanuary.users);
    // One number for "reached Advocacy": the last stage's users, the time to convert's conversions and
    // the channel attribution's conversions (users who completed the funnel), all from the domain's queries.
    const ttcQuery = journeyTimeToConvertQuery(journey);
    const attributionQuery = journeyAttributionQuery(journey);
    if (!ttcQuery || !attributionQuery) throw new Error('the demo map measures fewer than two stages');
    const advocacy = figures.stages.at(-1)?.users;
    expect(journey.stages.at(-1)?.name).toBe('Advocacy');
    expect(advocacy).toBeGreaterThan(0);
    expect((await t.client.analytics.timeToConvert(ttcQuery)).conversions).toBe(advocacy);
    expect((await t.client.analytics.attribution(attributionQuery)).conversions).toBe(advocacy);
    const res = await t.app.request('/api/journeys/demo-purchase/figures?from=yesterday');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('query.from');
  });

  it('draws the figures in the svg export when asked', async () => {
    const plain = await (await t.app.request('/api/journeys/demo-purchase/export/svg')).text();
    const measured = await (
      await t.app.request('/api/journeys/demo-purchase/export/svg?figures=true')
    ).text();
    expect(measured).not.toEqual(plain);
  });
});

describe('events and analytics', () => {
  it('summarises the event store', async () => {
    const summary = await t.client.events.summary();
    expect(summary.events).toBe(31106);
    expect(summary.users).toBe(600);
    expect(summary.eventNames.find((e) => e.name === 'purchase')?.count).toBe(470);
    expect(summary.channels.map((c) => c.name)).toContain('organic');
  });

  it('runs a funnel whose counts match the events file', async () => {
    const result = await t.client.analytics.funnel({
      steps: [[{ type: 'event_equals', event: 'purchase' }]],
      windowSeconds: 86_400,
    });
    expect(result).toMatchObject({ steps: [{ users: usersByEvent().get('purchase')?.size }] });
    const dfg = await t.client.analytics.dfg({});
    expect(dfg).toBeTypeOf('object');
    const res = await t.app.request('/api/analytics/funnel', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ steps: [], windowSeconds: 60 }),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('body.steps');
  });

  it('imports an uploaded csv with a column mapping', async () => {
    const csv = [
      'who,what,when,src',
      'u-new-1,signup,2024-07-01T10:00:00Z,ads',
      'u-new-1,purchase,2024-07-01T10:05:00Z,ads',
    ].join('\n');
    const report = await t.client.events.import({
      file: new File([csv], 'extra.csv', { type: 'text/csv' }),
      userColumn: 'who',
      eventColumn: 'what',
      timeColumn: 'when',
      channelColumn: 'src',
    });
    expect(report).toMatchObject({ rows: 2, inserted: 2, skipped: 0 });
    expect((await t.client.events.summary()).events).toBe(31108);

    const body = new FormData();
    body.set('file', new File(['who,what\nx,y'], 'bad.csv'));
    body.set('userColumn', 'who');
    body.set('eventColumn', 'what');
    body.set('timeColumn', 'missing');
    const res = await t.app.request('/api/events/import', { method: 'POST', body });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(
      'bad.csv: has no column "missing" for the timestamp (found "who", "what"); name it with timeColumn',
    );
  });
});
