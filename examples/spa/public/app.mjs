// The app's page: log in and out, show who is logged in, call the API with the access token, refresh it.
import { userManager } from '/auth.mjs';

const $ = (id) => document.getElementById(id);

function show(user) {
  const loggedIn = Boolean(user && !user.expired);
  $('login').hidden = loggedIn;
  $('logout').hidden = !loggedIn;
  $('signed-in').hidden = !loggedIn;
  $('status').textContent = loggedIn ? `Logged in as ${user.profile.email}` : 'You are not logged in.';
  if (loggedIn) {
    $('email').textContent = user.profile.email ?? '(no email claim)';
    $('expires').textContent = new Date(user.expires_at * 1000).toLocaleTimeString();
  }
}

function failed(action, error) {
  $('error').textContent = `${action} failed: ${error.message ?? error}`;
}

// Back from Gatehouse's logout (post_logout_redirect_uri): let oidc-client-ts check and drop the state.
async function finishLogout() {
  if (!new URLSearchParams(location.search).has('state')) return;
  try {
    await userManager.signoutRedirectCallback();
  } finally {
    history.replaceState(null, '', location.pathname);
  }
}

// The API call: the userinfo endpoint named by the discovery document, with the access token as bearer.
async function callApi() {
  const user = await userManager.getUser();
  const endpoint = await userManager.metadataService.getUserInfoEndpoint();
  const response = await fetch(endpoint, { headers: { Authorization: `Bearer ${user.access_token}` } });
  const body = await response.text();
  $('api-result').textContent = `${response.status}\n${body}`;
  if (!response.ok) throw new Error(`the API answered ${response.status}`);
}

function on(id, action, run) {
  $(id).addEventListener('click', async () => {
    $('error').textContent = '';
    try {
      await run();
    } catch (error) {
      failed(action, error);
    }
  });
}

on('login', 'Login', () => userManager.signinRedirect());
on('logout', 'Logout', () => userManager.signoutRedirect());
on('call-api', 'The API call', callApi);
// With a refresh token, signinSilent uses the refresh_token grant (no iframe).
on('refresh', 'Refresh', async () => show(await userManager.signinSilent()));

try {
  await finishLogout();
  show(await userManager.getUser());
} catch (error) {
  show(null);
  failed('Loading', error);
}
