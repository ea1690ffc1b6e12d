// The redirect_uri: oidc-client-ts checks the state and iss, redeems the code with the PKCE verifier, validates
// the ID token's claims and stores the user; then the app's page takes over.
import { userManager } from '/auth.mjs';

try {
  await userManager.signinRedirectCallback();
  location.replace('/index.html');
} catch (error) {
  document.getElementById('status').textContent = 'The login did not complete.';
  document.getElementById('error').textContent = `Login failed: ${error.message ?? error}`;
}
