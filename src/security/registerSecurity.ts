// Puts the production safeguards on the bot's server in one call, as a RouteRegistrar
// (createApp's extraRoutes): security headers on every response, request limits on the
// messages endpoint, a bearer token (channel authentication on) or local tools only (off), a
// shape check of incoming activities, tighter Node request time-outs and a cap on the connections
// one address holds open.
// Restify runs `pre` handlers before routing and `use` handlers at request time in the order
// they were added, so these take effect even though routes were registered first; the
// conversation limit runs after the JSON body parser that createServer adds.
import { MESSAGES_PATH, type RouteRegistrar } from '../server.js';
import { ADDRESS_LIMIT_FACTOR, applyRequestTimeouts, createRequestLimits, DEFAULT_REQUEST_TIMEOUTS, type RequestTimeouts } from './requestLimits.js';
import { rejectMalformedActivities } from './activityShape.js';
import { requireBearerToken } from './bearerGate.js';
import { localToolsOnly } from './localToolsOnly.js';
import { limitConnectionsPerAddress } from './connectionLimit.js';
import { securityHeadersHandler, type SecurityHeaderOptions } from './securityHeaders.js';
import type { Config } from '../config.js';

export interface SecurityOptions {
  timeouts?: RequestTimeouts;
  now?: () => number;
}

/** What the browser-facing headers depend on. */
export function securityHeaderOptions({ directLine }: Config): SecurityHeaderOptions {
  return {
    directLineMode: directLine.mode,
    directLineEndpoint: directLine.endpoint,
    allowedOrigins: directLine.allowedOrigins,
    webChatFromCdn: directLine.webChatFromCdn,
  };
}

export function securityRoutes(options: SecurityOptions = {}): RouteRegistrar {
  return (server, { config }) => {
    const { limits } = config;
    server.pre(securityHeadersHandler(securityHeaderOptions(config)));
    const requestLimits = createRequestLimits({
      paths: [MESSAGES_PATH],
      maxBodyBytes: limits.maxBodyBytes,
      conversationPerMinute: limits.ratePerMinute,
      addressPerMinute: limits.ratePerMinute * ADDRESS_LIMIT_FACTOR,
      trustProxy: limits.trustProxy,
      now: options.now,
    });
    server.pre(requestLimits.beforeBody);
    const localOnly = config.auth.enabled ? undefined : localToolsOnly([MESSAGES_PATH], { trustProxy: limits.trustProxy });
    if (localOnly) server.pre(localOnly.beforeBody);
    else server.pre(requireBearerToken([MESSAGES_PATH]));
    server.use(rejectMalformedActivities([MESSAGES_PATH], { loopbackServiceUrlsOnly: !config.auth.enabled }));
    if (localOnly) server.use(localOnly.afterBody);
    server.use(requestLimits.afterBody);
    applyRequestTimeouts(server.server, options.timeouts ?? { ...DEFAULT_REQUEST_TIMEOUTS, headersMs: limits.headersTimeoutMs, requestMs: limits.requestTimeoutMs });
    if (!limits.trustProxy) limitConnectionsPerAddress(server.server, limits.maxConnectionsPerAddress);
  };
}
