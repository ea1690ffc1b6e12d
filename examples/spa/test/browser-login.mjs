// The example SPA in a real browser against a running Gatehouse: login through the hosted login page, an API
// call with the access token, a silent refresh, RP-initiated logout, a second login within the session that
// skips the form, and a wrong password. Exits non-zero on any failure, with a screenshot in target/.
//   SPA_URL        the example SPA (default http://localhost:5173; start it with `node serve.mjs`)
//   ISSUER         Gatehouse's issuer URL (default http://localhost:8080)
//   TEST_EMAIL / TEST_PASSWORD   an account that may log in (default the dev admin of `./mvnw quarkus:dev`)
//   ARTIFACTS_DIR  where failure screenshots go (default the repository's target/)
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { issuer, issuerOrigin, launch, loginPage, screenshotPath, spaUrl, submitLogin } from './browser.mjs';

const email = process.env.TEST_EMAIL ?? 'admin@gatehouse.local';
const password = process.env.TEST_PASSWORD ?? 'gatehouse-dev-admin';
const timeout = Number(process.env.STEP_TIMEOUT_MS ?? 15000);

const results = { passed: 0, failed: 0 };
const browser = await launch();
console.log(`browser-login: Chromium ${browser.version()}, SPA ${spaUrl}, issuer ${issuer}, user ${email}`);

/** A scenario runs in a context of its own (its own cookies and storage); its steps stop at the first failure. */
async function scenario(name, steps) {
  const context = await browser.newContext();
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  const seen = watch(page);
  try {
    for (const [step, run] of steps) {
      const started = Date.now();
      try {
        await run(page, seen);
      } catch (error) {
        results.failed++;
        const shot = screenshotPath(`browser-login-failure-${results.failed}.png`);
        await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
        const said = await page.locator('#error, [role="alert"]').first().textContent({ timeout: 1000 }).catch(() => '');
        console.error(`FAIL ${name} / ${step}: ${redact(error.message)}\n     page: ${redact(page.url())}${said ? `\n     the page says: ${said.trim()}` : ''}`
          + `\n     last navigations:\n${seen.navigations.slice(-6).map((n) => `       ${n}`).join('\n')}\n     screenshot: ${shot}`);
        return;
      }
      results.passed++;
      console.log(`ok   ${name} / ${step} (${Date.now() - started} ms)`);
    }
  } finally {
    await context.close();
  }
}

/** Text fit for the log: codes, states and tokens in the URLs it holds are cut. */
const redact = (text) => text.replace(/([?&#](code|state|id_token_hint|access_token)=)[^&\s]*/g, '$1…');

/** Records the requests the page makes and the HTML pages Gatehouse renders (its login page, its error page). */
function watch(page) {
  const seen = { requests: [], gatehousePages: [], navigations: [] };
  page.on('request', (request) => seen.requests.push(request));
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest()) {
      seen.navigations.push(`${request.method()} ${redact(response.url())} ${response.status()}`);
    }
    if (request.isNavigationRequest() && new URL(response.url()).origin === issuerOrigin && response.status() === 200) {
      seen.gatehousePages.push(response.url());
    }
  });
  return seen;
}

const status = (page) => page.locator('#status');
const button = (page, name) => page.getByRole('button', { name, exact: true });

async function openApp(page) {
  await page.goto(`${spaUrl}/index.html`);
  await assertLoggedOut(page);
}

async function assertLoggedOut(page) {
  await page.waitForURL(`${spaUrl}/index.html`);
  await status(page).filter({ hasText: 'You are not logged in.' }).waitFor();
}

async function assertLoggedIn(page) {
  await page.waitForURL(`${spaUrl}/index.html`);
  await status(page).filter({ hasText: `Logged in as ${email}` }).waitFor();
  assert.equal(await page.locator('#email').textContent(), email, 'the email from the ID token');
}

/** The access token oidc-client-ts keeps for the app (sessionStorage, its default user store). */
async function storedAccessToken(page) {
  return page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? JSON.parse(sessionStorage.getItem(key)).access_token : null;
  });
}

function lastRequest(seen, predicate, what) {
  const found = seen.requests.filter(predicate).at(-1);
  assert.ok(found, `no ${what} was sent`);
  return found;
}

const toGatehouse = (path) => (request) => request.url().startsWith(`${issuer}${path}`);

async function logIn(page, seen) {
  await openApp(page);
  await button(page, 'Log in').click();
  await submitLogin(page, email, password);
  await assertLoggedIn(page);
  const authorize = new URL(lastRequest(seen, toGatehouse('/auth/authorize'), 'authorization request').url());
  assert.equal(authorize.searchParams.get('response_type'), 'code');
  assert.equal(authorize.searchParams.get('client_id'), 'gatehouse-web');
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256', 'PKCE with S256');
  const callback = new URL(lastRequest(seen, (r) => r.url().startsWith(`${spaUrl}/callback.html`), 'callback').url());
  assert.equal(callback.searchParams.get('iss'), issuer, 'the authorization response names its issuer (RFC 9207)');
  const cookie = (await page.context().cookies(issuer)).find((c) => c.name.endsWith('gatehouse-session'));
  assert.ok(cookie, 'Gatehouse set its session cookie');
  assert.ok(cookie.httpOnly && cookie.sameSite === 'Lax', `the session cookie is HttpOnly and SameSite=Lax: ${JSON.stringify({ ...cookie, value: '…' })}`);
  console.log(`     session cookie ${cookie.name}: ${cookie.secure ? 'Secure, ' : ''}HttpOnly, SameSite=${cookie.sameSite}, path ${cookie.path}`);
}

async function callApi(page) {
  await page.locator('#api-result').evaluate((pre) => { pre.textContent = ''; });
  await button(page, 'Call the API').click();
  const answer = page.locator('#api-result');
  await answer.filter({ hasText: /^\d{3}\n/ }).waitFor();
  const [code, ...body] = (await answer.textContent()).split('\n');
  assert.equal(code, '200', `the API answered ${code}: ${body.join('\n')}`);
  assert.equal(JSON.parse(body.join('\n')).email, email, 'the API knows who called');
}

async function refresh(page, seen) {
  const before = await storedAccessToken(page);
  assert.ok(before, 'an access token is stored');
  await button(page, 'Refresh').click();
  await page.waitForFunction((old) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key && JSON.parse(sessionStorage.getItem(key)).access_token !== old;
  }, before);
  const token = lastRequest(seen, (r) => r.url() === `${issuer}/auth/token` && r.method() === 'POST', 'token request');
  assert.equal(new URLSearchParams(token.postData()).get('grant_type'), 'refresh_token', 'refreshed by the refresh_token grant');
  assert.equal(page.frames().length, 1, 'no iframe was used');
  await assertLoggedIn(page);
  await callApi(page); // the new access token works
}

async function logOut(page, seen) {
  await button(page, 'Log out').click();
  await assertLoggedOut(page);
  const logout = new URL(lastRequest(seen, toGatehouse('/auth/logout'), 'logout request').url());
  assert.ok(logout.searchParams.get('id_token_hint'), 'the logout request carries id_token_hint');
  assert.equal(logout.searchParams.get('post_logout_redirect_uri'), `${spaUrl}/index.html`);
  // the Gatehouse session ended with the logout: logging in again asks for the password
  await button(page, 'Log in').click();
  await submitLogin(page, email, password);
  await assertLoggedIn(page);
}

async function secondLoginSkipsTheForm(page, seen) {
  await page.evaluate(() => { sessionStorage.clear(); localStorage.clear(); }); // the SPA's storage only
  await openApp(page);
  seen.gatehousePages.length = 0;
  await button(page, 'Log in').click();
  await assertLoggedIn(page);
  assert.deepEqual(seen.gatehousePages, [], 'Gatehouse rendered no page: the session logged the user in');
  lastRequest(seen, toGatehouse('/auth/authorize'), 'authorization request');
}

/** The one error message of the login page for a failure, read after submitting. */
async function loginError(page, identifier, secret) {
  await page.waitForURL((url) => url.origin === issuerOrigin);
  await loginPage.password(page).waitFor();
  await page.locator('html').evaluate((html) => { html.dataset.submitted = 'yes'; });
  await submitLogin(page, identifier, secret);
  await page.waitForFunction(() => !document.documentElement.dataset.submitted); // the answer's page, not the old one
  assert.equal(new URL(page.url()).origin, issuerOrigin, 'still at Gatehouse');
  await loginPage.password(page).waitFor();
  const alerts = page.getByRole('alert').filter({ hasText: /\S/ });
  await alerts.first().waitFor();
  assert.equal(await alerts.count(), 1, 'one error message');
  assert.equal(await loginPage.password(page).inputValue(), '', 'the password is not echoed back');
  return (await alerts.first().textContent()).trim();
}

async function wrongPassword(page) {
  await openApp(page);
  await button(page, 'Log in').click();
  const wrong = await loginError(page, email, `wrong-${randomUUID()}`);
  const unknown = await loginError(page, `nobody-${randomUUID()}@example.org`, `wrong-${randomUUID()}`);
  assert.equal(unknown, wrong, 'an unknown account and a wrong password get the same message');
  console.log(`     the login page said: "${wrong}"`);
  await submitLogin(page, email, password); // the page still works after an error
  await assertLoggedIn(page);
}

try {
  await scenario('session', [
    ['login through the hosted login page', logIn],
    ['API call with the access token', callApi],
    ['silent refresh gives a new access token', refresh],
    ['RP-initiated logout ends the session', logOut],
    ['second login within the session skips the form', secondLoginSkipsTheForm],
  ]);
  await scenario('wrong password', [['one error message, still on the login page', wrongPassword]]);
} finally {
  await browser.close();
}
console.log(`browser-login: ${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed === 0 ? 0 : 1;
