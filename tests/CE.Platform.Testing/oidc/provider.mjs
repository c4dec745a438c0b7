// A real OpenID Provider (panva/oidc-provider, OpenID Certified) for the single sign-on tests.
// Usage: node provider.mjs <port> <accounts.json>
// Clients register themselves (dynamic registration, open: test only). People sign in on the
// provider's own development login and consent pages with their login name; the accounts file,
// read at each use so tests can add people while it runs, gives their claims:
//   { "alice": { "email": "alice@a.example", "email_verified": true, "name": "Alice", "amr": ["pwd","mfa"], "acr": "...", "fault": "signature" } }
// "fault" alters the token response of that person's sign-in, after the provider signed it:
//   "signature" flips bytes of the id_token signature; "expired" re-signs it with the provider's key,
//   issued and expired an hour ago; "nonce" re-signs it with another nonce.
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';

const [port, accountsFile] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const accounts = () => JSON.parse(readFileSync(accountsFile, 'utf8'));

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key', use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  jwks: { keys: [jwk] },
  cookies: { keys: ['ce-platform-test-only-cookie-key'] },
  // acr and amr under openid: only claims of the granted scopes reach the id_token.
  claims: { openid: ['sub', 'acr', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
  // The app reads email and name from the id_token, not from userinfo.
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: true },
    registration: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  async findAccount(ctx, id) {
    const account = accounts()[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        const claims = { sub: id, name: account.name };
        if (account.email !== undefined) claims.email = account.email;
        if (account.email_verified !== undefined) claims.email_verified = account.email_verified;
        return claims;
      },
    };
  },
});
provider.proxy = false;

// The development login page records only the login name: add the account's amr and acr to the result.
const finish = provider.interactionFinished.bind(provider);
provider.interactionFinished = async (req, res, result, options) => {
  const account = result?.login ? accounts()[result.login.accountId] : undefined;
  if (account?.amr) result.login.amr = account.amr;
  if (account?.acr) result.login.acr = account.acr;
  return finish(req, res, result, options);
};

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || ctx.status !== 200 || !ctx.body?.id_token) return;
  const claims = decodeJwt(ctx.body.id_token);
  const fault = accounts()[claims.sub]?.fault;
  if (fault === 'signature') {
    const [header, payload, signature] = ctx.body.id_token.split('.');
    const flipped = (signature[10] === 'A' ? 'B' : 'A');
    ctx.body = { ...ctx.body, id_token: `${header}.${payload}.${signature.slice(0, 10)}${flipped}${signature.slice(11)}` };
  } else if (fault === 'expired' || fault === 'nonce') {
    const now = Math.floor(Date.now() / 1000);
    const altered = fault === 'expired'
      ? { ...claims, iat: now - 7200, auth_time: now - 7200, exp: now - 3600 }
      : { ...claims, nonce: 'not-the-nonce-the-app-sent' };
    const header = decodeProtectedHeader(ctx.body.id_token);
    const idToken = await new SignJWT(altered).setProtectedHeader({ alg: header.alg, kid: header.kid, typ: header.typ }).sign(privateKey);
    ctx.body = { ...ctx.body, id_token: idToken };
  }
});

provider.listen(Number(port), '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
