// Screenshots of Gatehouse's hosted login page as the example SPA's users see it, for docs/images/:
// login-desktop.png (1280x800) and login-phone.png (390x844, a phone's viewport with touch and mobile layout).
// Needs a running Gatehouse and SPA, like browser-login.mjs (SPA_URL, ISSUER); SCREENSHOTS_DIR overrides the folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, loginPage, spaUrl } from './browser.mjs';

const folder = process.env.SCREENSHOTS_DIR ?? fileURLToPath(new URL('../../../docs/images/', import.meta.url));
const shots = [
  { file: 'login-desktop.png', viewport: { width: 1280, height: 800 } },
  { file: 'login-phone.png', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

mkdirSync(folder, { recursive: true });
const browser = await launch();
try {
  for (const { file, ...device } of shots) {
    const context = await browser.newContext({ ...device, colorScheme: 'light', locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${spaUrl}/index.html`);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await loginPage.password(page).waitFor();
    await page.screenshot({ path: join(folder, file) });
    console.log(`${join(folder, file)}: ${page.url().split('?')[0]}`);
    await context.close();
  }
} finally {
  await browser.close();
}
