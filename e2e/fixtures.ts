import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '@waymark/render/chromium';
import { HomePage } from './pages/home-page';
import { MapEditorPage } from './pages/map-editor-page';

/** Where screenshots go (gitignored), kept as artifacts of the run. */
export const ARTIFACTS_DIR = join(import.meta.dirname, '..', 'test-results', 'e2e');

/** Starts Debian's Chromium through playwright-core (never a downloaded browser). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** One test's browser session: the page plus the page objects that drive it. */
export interface Session {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  home: HomePage;
  editor: MapEditorPage;
  /** Dialogs (alert, confirm) the page opened; a test of escaping asserts this stays empty. */
  dialogs: string[];
  /** Saves a full-page screenshot as test-results/e2e/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh context (own localStorage) and page on the server started by the global setup. */
export async function openSession(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    context,
    page,
    baseUrl,
    home: new HomePage(page, baseUrl),
    editor: new MapEditorPage(page),
    dialogs,
    async screenshot(name) {
      const path = join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: () => context.close(),
  };
}

/**
 * One browser and session for the enclosing `describe`: opened in `beforeAll`, closed in `afterAll`.
 * Returns a handle whose fields read the open session, so a suite writes `const session =
 * suiteSession()` once instead of managing the browser itself. Trap: use it only inside tests and
 * hooks (the session opens in `beforeAll`).
 */
export function suiteSession(options: { locale?: string } = {}): Session {
  let browser: Browser | undefined;
  let open: Session | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    open = await openSession(browser, options);
  });
  afterAll(async () => {
    await open?.close();
    await browser?.close();
  });
  const current = (): Session => {
    if (!open) throw new Error('the suite session is used before beforeAll opened it');
    return open;
  };
  return {
    get context() {
      return current().context;
    },
    get page() {
      return current().page;
    },
    get baseUrl() {
      return current().baseUrl;
    },
    get home() {
      return current().home;
    },
    get editor() {
      return current().editor;
    },
    get dialogs() {
      return current().dialogs;
    },
    screenshot: (name) => current().screenshot(name),
    close: () => current().close(),
  };
}
