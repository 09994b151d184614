// POST /api/directline/token: the one call the page makes to join the chat, the same in both
// modes. Local mode opens a conversation on this server's Direct Line; azure mode exchanges the
// secret with Azure. Either way the answer is { token, conversationId, expires_in }.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from 'restify';
import type { Logger } from '../../logging/logger.js';
import { HttpError, sendError, sendJson } from '../http/httpResponses.js';
import { readJsonBody } from '../http/jsonBody.js';
import { OriginPolicy } from '../http/originPolicy.js';
import { RequestLimits } from '../http/requestLimits.js';
import type { AzureTokenExchange } from './azureTokenExchange.js';
import type { IssuedToken, LocalDirectLine } from './localDirectLine.js';
import { requestedLocale } from './requestedLocale.js';

/** The body is at most {"locale": "..."}. */
const MAX_TOKEN_BODY_BYTES = 1024;

export const TOKEN_PATH = '/api/directline/token';

export interface TokenEndpointOptions {
  source: { kind: 'local'; directLine: LocalDirectLine } | { kind: 'azure'; exchange: AzureTokenExchange };
  originPolicy: OriginPolicy;
  limits: RequestLimits;
  log: Logger;
}

/** A body that is not JSON only loses its language; one that is too large is still refused. */
function ignoreUnreadable(error: unknown): undefined {
  if (error instanceof HttpError && error.status === 413) throw error;
  return undefined;
}

export function registerTokenEndpoint(server: Server, options: TokenEndpointOptions): void {
  const { originPolicy, limits, log, source } = options;
  server.opts(TOKEN_PATH, (async (req: IncomingMessage, res: ServerResponse) => originPolicy.preflight(req, res)) as never);
  server.post(TOKEN_PATH, (async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (!originPolicy.allows(req)) throw new HttpError(403, 'This website is not allowed to use the chat.');
      originPolicy.applyHeaders(req, res);
      const ip = limits.clientOf(req);
      RequestLimits.enforce(limits.perIp, ip);
      let issued: IssuedToken;
      if (source.kind === 'local') {
        // The page's language (English / ਪੰਜਾਬੀ / 中文) makes the welcome speak it; Azure's join carries none.
        const locale = requestedLocale(await readJsonBody(req, MAX_TOKEN_BODY_BYTES).catch(ignoreUnreadable));
        issued = await source.directLine.issueToken(ip, locale ? { locale } : {});
      } else {
        RequestLimits.enforce(limits.newConversationsPerIp, ip);
        const { token, conversationId, expires_in } = await source.exchange.issueToken();
        issued = { token, conversationId, expires_in };
      }
      sendJson(res, 200, issued);
    } catch (error) {
      const known = sendError(res, error);
      if (!known || known.status >= 500) log.warn({ err: error }, 'directline: could not issue a chat token');
    }
  }) as never);
}
