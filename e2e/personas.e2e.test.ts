import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiClient } from '@waymark/api';
import { suiteSession, type Session } from './fixtures';
import { PersonasScreen } from './pages/personas-screen';

/** A 640 × 400 PNG drawn by the browser itself, so the upload is a real, decodable image. */
async function pngFromCanvas(session: Session): Promise<Buffer> {
  const dataUrl = await session.page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 400;
    const g = canvas.getContext('2d');
    if (!g) return '';
    g.fillStyle = '#0f8b8d';
    g.fillRect(0, 0, 640, 400);
    g.fillStyle = '#ffd43b';
    g.beginPath();
    g.arc(320, 200, 150, 0, Math.PI * 2);
    g.fill();
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}

describe('personas', () => {
  const session = suiteSession();
  let screen: PersonasScreen;
  const api = createApiClient(inject('baseUrl'));

  beforeAll(() => {
    screen = new PersonasScreen(session.page, session.baseUrl);
  });

  it('adds a persona with an uploaded avatar and lists it', async () => {
    await screen.goto();
    const before = await screen.cards().count();
    await screen.createDraft({
      name: 'Nok Srisuk',
      role: 'First-time buyer in Bangkok',
      quote: 'ถ้าจ่ายเงินยาก ฉันก็ไม่ซื้อ',
      goal: 'Pay with PromptPay in two taps',
      demographic: { label: 'Age', value: '27' },
      channel: 'LINE',
      segment: { property: 'platform', value: 'mobile' },
    });
    await screen.uploadAvatar({
      name: 'nok.png',
      mimeType: 'image/png',
      buffer: await pngFromCanvas(session),
    });
    await screen.save();
    expect(await screen.form().getByTestId('persona-state').textContent()).toBe('Saved.');

    await expect.poll(() => screen.cards().count()).toBe(before + 1);
    const card = screen.cards().filter({ hasText: 'Nok Srisuk' });
    expect(await card.count()).toBe(1);
    expect(await card.locator('img.persona-avatar').getAttribute('src')).toMatch(
      /^data:image\/(webp|jpeg);base64,/,
    );

    const id = (await card.getAttribute('data-persona-id')) ?? '';
    const stored = await api.personas.get(id);
    expect(stored.persona).toMatchObject({
      name: 'Nok Srisuk',
      role: 'First-time buyer in Bangkok',
      quote: 'ถ้าจ่ายเงินยาก ฉันก็ไม่ซื้อ',
      goals: ['Pay with PromptPay in two taps'],
      demographics: [{ label: 'Age', value: '27' }],
      preferredChannels: ['LINE'],
      segmentRule: [{ property: 'platform', operator: 'eq', value: 'mobile' }],
    });
    // Resized in the browser: a 256 px square, far below the API's 512 KB limit.
    const avatar = stored.persona.avatar ?? '';
    expect(avatar.length).toBeGreaterThan(200);
    expect(avatar.length).toBeLessThan(60_000);
    const size = await session.page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, avatar);
    expect(size).toEqual([256, 256]);

    // It survives a reload.
    await screen.goto();
    expect(await screen.card(id).textContent()).toContain('Nok Srisuk');
    await screen.card(id).click();
    await screen.form().waitFor();
    await session.screenshot('personas-page');
  });

  it('lists the maps that use a persona from one journey list, and names personas on the home list', async () => {
    const { defaultWorkspaceId } = await api.health();
    const created = await api.personas.save('per_e2e_used', {
      persona: { id: 'per_e2e_used', name: 'Ana <b>&</b> Bé' },
      workspaceId: defaultWorkspaceId,
    });
    await api.personas.save('per_e2e_second', {
      persona: { id: 'per_e2e_second', name: 'Somchai Jaidee' },
      workspaceId: defaultWorkspaceId,
    });
    const map = await api.journeys.create({
      templateId: 'purchase',
      title: 'Ana buys a scooter',
      personaIds: [created.persona.id, 'per_e2e_second'],
    });
    const other = await api.journeys.create({ templateId: 'purchase', title: 'Nobody in particular' });

    const journeyRequests = screen.recordJourneyRequests();
    await screen.goto();
    const card = screen.card('per_e2e_used');
    await expect.poll(() => card.textContent()).toContain('Maps: 1');
    await card.click();
    await expect.poll(() => screen.usedByLinks().allTextContents()).toEqual(['Ana buys a scooter']);
    expect(await screen.usedByLinks().getAttribute('href')).toBe(`#/maps/${map.journey.id}`);
    // The summaries carry persona ids: no journey is fetched one by one.
    expect(journeyRequests).toEqual([]);

    // The home list names each map's personas, as text.
    await session.page.goto(`${session.baseUrl}/#/`);
    const personasOf = (journeyId: string) =>
      session.page.locator(
        `[data-testid="map-row"][data-journey-id="${journeyId}"] [data-testid="map-personas"]`,
      );
    const names = personasOf(map.journey.id).getByTestId('map-persona');
    await expect.poll(() => names.allTextContents()).toEqual(['Ana <b>&</b> Bé', 'Somchai Jaidee']);
    expect(await personasOf(map.journey.id).locator('b').count()).toBe(0);
    expect(await personasOf(other.journey.id).textContent()).toBe('—');
    await session.screenshot('home-map-personas');
  });

  it('refuses a stale save with a clear message and loads the newer version', async () => {
    const created = await api.personas.save('per_e2e_stale', {
      persona: { id: 'per_e2e_stale', name: 'Stale Sam' },
    });
    await screen.goto();
    await screen.card('per_e2e_stale').click();
    // The form shows the stored persona before it is edited (a slow render must not reset the edit).
    await expect.poll(() => screen.form().locator('input[name="name"]').inputValue()).toBe('Stale Sam');
    await screen.form().locator('input[name="role"]').fill('Edited in the browser');
    await expect
      .poll(() => screen.form().locator('input[name="role"]').inputValue())
      .toBe('Edited in the browser');
    // Someone else saves first.
    await api.personas.save('per_e2e_stale', {
      persona: { ...created.persona, role: 'Saved elsewhere' },
      baseRevision: created.revision,
    });
    await screen.save();
    expect(await screen.conflict().textContent()).toContain('Someone else saved this persona');
    await session.screenshot('personas-conflict');
    await screen.conflict().getByRole('button').click();
    await expect.poll(() => screen.form().locator('input[name="role"]').inputValue()).toBe('Saved elsewhere');
    expect(session.dialogs).toEqual([]);
  });
});
