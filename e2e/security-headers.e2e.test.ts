import { createServer, type Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '@waymark/render/chromium';
import { freePort } from '../scripts/test-servers/free-port';
import { openSession, type Session } from './fixtures';
import { PersonasScreen } from './pages/personas-screen';

/**
 * The web app under its Content-Security-Policy in real Chromium: every screen loads with no CSP
 * violation, its own pages may still write, another origin may not frame it, and a page reached
 * through a rebound DNS name (evil.test resolving to 127.0.0.1) gets 421.
 */

declare global {
  interface Window {
    /** CSP violations the page reported (set up by an init script). */
    cspViolations: string[];
  }
}

describe('the web app under its security headers', () => {
  let browser: Browser;
  let session: Session;
  let framer: Server;
  let framerPort: number;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    // evil.test resolves to loopback, as a rebinding DNS server would make it.
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP evil.test 127.0.0.1'],
    });
    session = await openSession(browser);
    await session.context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(
          `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        );
      });
    });
    session.page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    framerPort = await freePort();
    const target = inject('baseUrl');
    framer = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><iframe id="victim" src="${target}/" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(framerPort, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await new Promise((resolve) => framer?.close(resolve));
  });

  it('loads the home, a map and the personas screen with no CSP violation', async () => {
    const response = await session.page.goto(`${session.baseUrl}/#/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await session.home.goto();
    const violations = [...(await session.page.evaluate(() => window.cspViolations))];
    await session.editor.goto(session.baseUrl, 'demo-purchase');
    await session.editor.stageHeaders().first().waitFor();
    violations.push(...(await session.page.evaluate(() => window.cspViolations)));
    await new PersonasScreen(session.page, session.baseUrl).goto();
    violations.push(...(await session.page.evaluate(() => window.cspViolations)));
    expect(violations).toEqual([]);
    expect(consoleLines.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([]);
  });

  it("lets the app's own pages write (Origin and Sec-Fetch-Site are its own)", async () => {
    const status = await session.page.evaluate(async () => {
      const res = await fetch('/api/workspaces', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'csp-own-page', name: 'From the own page', locale: 'en' }),
      });
      return res.status;
    });
    expect(status).toBe(200);
  });

  it('cannot be framed by another origin', async () => {
    const page = await session.context.newPage();
    await page.goto(`http://127.0.0.1:${framerPort}/`);
    await page.waitForTimeout(1000);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // A refused frame holds Chromium's error page, never the app.
    expect(await frame?.locator('#root').count()).toBe(0);
    await page.close();
  });

  it('answers 421 to a page reached through another host name (DNS rebinding)', async () => {
    const port = new URL(session.baseUrl).port;
    const page = await session.context.newPage();
    const response = await page.goto(`http://evil.test:${port}/`);
    expect(response?.status()).toBe(421);
    const api = await page.evaluate(async () => (await fetch('/api/workspaces')).status);
    expect(api).toBe(421);
    await page.close();
  });
});
