// The whole OpenID Connect configuration of the example: the issuer is the only Gatehouse-specific value.
// oidc-client-ts reads everything else from the issuer's discovery document and uses PKCE (S256) by default.
import { UserManager } from 'oidc-client-ts';
import { issuer } from '/config.mjs';

export const userManager = new UserManager({
  authority: issuer,
  client_id: 'gatehouse-web',
  redirect_uri: `${location.origin}/callback.html`,
  post_logout_redirect_uri: `${location.origin}/index.html`,
  response_type: 'code',
  scope: 'openid profile email',
});
