// DIRECT_LINE=azure: the page never sees the Direct Line secret. The bot exchanges it with Azure
// for a conversation token bound to a server-generated user id ("dl_..." ids can only be set
// inside a token, so a page cannot impersonate another user).
import { HttpError } from '../http/httpResponses.js';
import type { IssuedToken } from './localDirectLine.js';
import { newUserId } from './tokens.js';

export interface AzureTokenExchangeOptions {
  /** e.g. https://directline.botframework.com (DIRECT_LINE_ENDPOINT) */
  endpoint: string;
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class AzureTokenExchange {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: AzureTokenExchangeOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  /** The Direct Line REST base the page talks to directly. */
  get domain(): string {
    return `${this.options.endpoint.replace(/\/+$/, '')}/v3/directline`;
  }

  async issueToken(): Promise<IssuedToken & { userId: string }> {
    const userId = newUserId();
    let response: Response;
    try {
      response = await this.fetch(`${this.domain}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.options.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch {
      throw new HttpError(502, 'The chat service cannot be reached right now. Please try again shortly.');
    }
    if (!response.ok) {
      // 403 here means a wrong DIRECT_LINE_SECRET: the operator's problem, not the visitor's.
      throw new HttpError(502, `The chat service refused the request (${response.status}).`);
    }
    const body = (await response.json().catch(() => undefined)) as Partial<IssuedToken> | undefined;
    if (!body || typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
      throw new HttpError(502, 'The chat service sent an unexpected answer.');
    }
    return {
      token: body.token,
      conversationId: body.conversationId,
      expires_in: typeof body.expires_in === 'number' ? body.expires_in : 1800,
      userId,
    };
  }
}
