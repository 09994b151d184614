// Signed, expiring Direct Line tokens. A token binds one conversation to one server-chosen user
// id, so it can read and post only that conversation. Stream tokens (the `t` parameter of a
// WebSocket streamUrl, which browsers cannot send as a header) are separate and short-lived.
// jose is loaded with the first token, not at start-up (start-up time, idle memory).
import { randomBytes } from 'node:crypto';

let jose: Promise<typeof import('jose')> | undefined;
const loadJose = () => (jose ??= import('jose'));

const ISSUER = 'nordel-ims-bot/directline';
const AUDIENCE = 'directline';

export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** The language the page asked for (a BCP 47 tag such as pa-IN): the bot's welcome uses it as a hint. */
  locale?: string;
}

export type TokenKind = 'conversation' | 'stream';

export class TokenError extends Error {
  override name = 'TokenError';
  constructor(
    message: string,
    readonly expired = false,
  ) {
    super(message);
  }
}

export interface DirectLineTokensOptions {
  /** HS256 secret; a random per-process key when unset (tokens then end with the process). */
  signingSecret?: string;
  /** Lifetime of conversation tokens; Web Chat refreshes at 15 minutes, so 30 minutes like Azure. */
  lifetimeSeconds?: number;
  streamLifetimeSeconds?: number;
  /** Injected clock (ms since epoch) so expiry can be tested without waiting. */
  now?: () => number;
}

export class DirectLineTokens {
  readonly lifetimeSeconds: number;
  private readonly key: Uint8Array;
  private readonly streamLifetimeSeconds: number;
  private readonly now: () => number;

  constructor(options: DirectLineTokensOptions = {}) {
    this.key = options.signingSecret ? new TextEncoder().encode(options.signingSecret) : randomBytes(32);
    this.lifetimeSeconds = options.lifetimeSeconds ?? 1800;
    this.streamLifetimeSeconds = options.streamLifetimeSeconds ?? 120;
    this.now = options.now ?? Date.now;
  }

  /** Key material derived from the signing key for other secrets of this process (connector path). */
  get signingKey(): Uint8Array {
    return this.key;
  }

  async issue(claims: TokenClaims, kind: TokenKind = 'conversation'): Promise<string> {
    const { SignJWT } = await loadJose();
    const nowSeconds = Math.floor(this.now() / 1000);
    const lifetime = kind === 'conversation' ? this.lifetimeSeconds : this.streamLifetimeSeconds;
    // `user` is the claim DirectLineJS reads to learn its user id from the token (as with Azure).
    return new SignJWT({ conv: claims.conversationId, user: claims.userId, kind, ...(claims.locale ? { locale: claims.locale } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + lifetime)
      .setJti(randomBytes(9).toString('base64url'))
      .sign(this.key);
  }

  /** Checks signature, expiry and kind; throws TokenError otherwise. */
  async verify(token: string, kind: TokenKind = 'conversation'): Promise<TokenClaims> {
    const { jwtVerify, errors: joseErrors } = await loadJose();
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: new Date(this.now()),
      });
      if (payload.kind !== kind || typeof payload.conv !== 'string' || typeof payload.user !== 'string') {
        throw new TokenError('wrong kind of token');
      }
      return { conversationId: payload.conv, userId: payload.user, ...(typeof payload.locale === 'string' ? { locale: payload.locale } : {}) };
    } catch (error) {
      if (error instanceof TokenError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new TokenError('token expired', true);
      throw new TokenError('token not valid');
    }
  }
}

/** Server-generated ids: `dl_` marks user ids that only a token can carry (DirectLineJS convention). */
export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}
