// What the browser scripts share: Debian's Chromium through playwright-core, the URLs under test, and the
// hosted login page as a person sees it (found by its password field, not by Gatehouse's markup).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const spaUrl = (process.env.SPA_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
export const issuer = (process.env.ISSUER ?? 'http://localhost:8080').replace(/\/+$/, '');
export const issuerOrigin = new URL(issuer).origin;
/** Failure screenshots and the screenshots' default target: the repository's target/ folder. */
export const artifacts = process.env.ARTIFACTS_DIR ?? fileURLToPath(new URL('../../../target/', import.meta.url));

/**
 * Chromium headless; playwright gives each launch a fresh temporary profile (and removes it), and each
 * newContext() its own cookies and storage, so no run sees another's session.
 */
export async function launch() {
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const loginPage = {
  password: (page) => page.locator('input[type="password"]'),
  identifier: (page) => page.locator('form').filter({ has: page.locator('input[type="password"]') })
    .locator('input:not([type="hidden"]):not([type="password"]):not([type="checkbox"])').first(),
  submit: (page) => page.locator('form').filter({ has: page.locator('input[type="password"]') })
    .locator('button[type="submit"], button:not([type]), input[type="submit"]').first(),
};

/** Waits for Gatehouse's login page (its origin, a password field) and logs in with it. */
export async function submitLogin(page, email, password) {
  await page.waitForURL((url) => url.origin === issuerOrigin);
  await loginPage.password(page).waitFor();
  await loginPage.identifier(page).fill(email);
  await loginPage.password(page).fill(password);
  await loginPage.submit(page).click();
}

export function screenshotPath(name) {
  return join(artifacts, name);
}
