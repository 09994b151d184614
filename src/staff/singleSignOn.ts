// Optional single sign-on with Microsoft Entra ID (or any OpenID Connect provider): the
// authorization code flow with PKCE, state and nonce (openid-client). The person must already
// have a staff account whose name is their e-mail / user principal name (`npm run staff -- add
// pat@clinic.ca --sso`); a disabled account is refused like a password sign-in.
import type * as Oidc from 'openid-client';
import type { Config } from '../config.js';

/** openid-client (with its JOSE and OAuth libraries) loads at the first sign-in, not with the bot: most never use it. */
const openidClient = (): Promise<typeof Oidc> => import('openid-client');

export type SsoSettings = NonNullable<Config['staff']['sso']>;

/** What the browser keeps between leaving for the provider and coming back (an HttpOnly cookie). */
export interface SsoPending {
  state: string;
  nonce: string;
  verifier: string;
}

export class SingleSignOn {
  private configuration: Promise<Oidc.Configuration> | undefined;

  constructor(private readonly settings: SsoSettings) {}

  get label(): string {
    return this.settings.label;
  }

  /** Where to send the browser, and what to remember until it comes back. */
  async start(): Promise<{ url: string; pending: SsoPending }> {
    const [oidc, config] = await Promise.all([openidClient(), this.discovered()]);
    const pending: SsoPending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: 'openid profile email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /**
   * Checks the provider's answer (state, nonce, PKCE, ID token signature) and returns the account
   * name it vouches for: preferred_username or e-mail, lower case. Throws when anything is off.
   */
  async finish(callbackQuery: string, pending: SsoPending): Promise<string> {
    const [oidc, config] = await Promise.all([openidClient(), this.discovered()]);
    const current = new URL(this.settings.redirectUrl);
    current.search = callbackQuery;
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider sent no ID token');
    const nameIn = (source: Record<string, unknown>) => [source.preferred_username, source.email].find((v): v is string => typeof v === 'string' && v.length > 0);
    // Entra ID puts the name in the ID token; other providers may only answer it at the userinfo endpoint.
    const name = nameIn(claims) ?? nameIn(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub));
    if (!name) throw new Error('the provider named no user');
    return name.toLowerCase();
  }

  private discovered(): Promise<Oidc.Configuration> {
    const issuer = new URL(this.settings.issuer);
    // Plain http only for a provider on this machine (tests); Entra ID is always https.
    const loopback = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    this.configuration ??= openidClient()
      .then((oidc) =>
        oidc.discovery(issuer, this.settings.clientId, undefined, oidc.ClientSecretPost(this.settings.clientSecret), loopback ? { execute: [oidc.allowInsecureRequests] } : undefined),
      )
      .catch((error: unknown) => {
        this.configuration = undefined; // the provider may be back next time
        throw error;
      });
    return this.configuration;
  }
}
