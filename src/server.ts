// HTTP edge (restify): the Bot Framework messages endpoint, health and readiness probes, and a
// hook for other routes (web chat page, local Direct Line). Errors leave as small JSON bodies,
// never stack traces.
import restify, { type Request, type RequestHandler, type Response, type Server } from 'restify';
import type { ActivityHandlerBase } from 'botbuilder';
import type { Config } from './config.js';
import type { Logger } from './logging/logger.js';
import {
  authenticationFailureLog,
  ChannelAuthUnavailableError,
  ChannelTokenRefusedError,
  type EdgeCloudAdapter,
} from './security/channelAuthentication.js';
import { guardRequestTargets } from './security/requestTarget.js';

export const MESSAGES_PATH = '/api/messages';

/** What extra route registrars may use besides the server itself. */
export interface ServerContext {
  adapter: EdgeCloudAdapter;
  bot: ActivityHandlerBase;
  config: Config;
  log: Logger;
}

/** Registers more routes (web chat page, Direct Line, ...) on the bot's server. */
export type RouteRegistrar = (server: Server, context: ServerContext) => void;

export interface ServerOptions extends ServerContext {
  /** Readiness: knowledge loaded and state storage answering. */
  ready: () => Promise<boolean>;
  /** Things a person should look at that do not make the bot unready (listed on /readyz). */
  readyWarnings?: () => Promise<string[]>;
  extraRoutes?: RouteRegistrar[];
  /** Run before routing and body parsing (server.pre): request limits, security headers, ... */
  pre?: RequestHandler[];
  /** Run after the JSON body is parsed, before every route (server.use). */
  use?: RequestHandler[];
}

function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.json(body);
}

function isJsonContentType(req: Request): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

export function createServer(options: ServerOptions): Server {
  const { adapter, bot, config, log, ready, readyWarnings, extraRoutes = [], pre = [], use = [] } = options;
  const server = restify.createServer({ name: 'nordel-ims-bot', handleUncaughtExceptions: false });
  // Before restify sees a request: a Host or target that makes no URL would throw inside its router.
  guardRequestTargets(server.server);
  if (pre.length) server.pre(pre);
  // jsonBodyParser passes its options to bodyReader, which enforces maxBodySize (413); the types omit it.
  const bodyOptions = { maxBodySize: config.limits.maxBodyBytes, mapParams: false } as restify.plugins.JsonBodyParserOptions;
  server.use(restify.plugins.jsonBodyParser(bodyOptions));
  if (use.length) server.use(use);

  const logAuthenticationFailure = authenticationFailureLog(log);
  server.post(MESSAGES_PATH, async (req: Request, res: Response) => {
    if (!isJsonContentType(req)) {
      sendJson(res, 415, { code: 'UnsupportedMediaType', message: 'Send the activity as application/json.' });
      return;
    }
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      sendJson(res, 400, { code: 'BadRequest', message: 'The body must be a Bot Framework activity (a JSON object with a type).' });
      return;
    }
    try {
      // The adapter authenticates the request (JWT) unless the bot runs without an app id; the
      // replies of deliveryMode "expectReplies" (and invoke responses) come back to be sent here.
      const response = await adapter.processRequest(body as Record<string, unknown>, String(req.headers.authorization ?? ''), (context) => bot.run(context));
      res.status(response?.status ?? 200);
      if (response?.body !== undefined) res.send(response.body);
      else res.end();
    } catch (err) {
      if (res.headersSent) {
        log.error({ err }, 'could not process an activity');
      } else if (err instanceof ChannelTokenRefusedError) {
        logAuthenticationFailure(err);
        sendJson(res, 401, { code: 'Unauthorized', message: 'The Bot Framework token is not valid.' });
      } else if (err instanceof ChannelAuthUnavailableError) {
        logAuthenticationFailure(err);
        res.header('Retry-After', '30');
        sendJson(res, 503, { code: 'ServiceUnavailable', message: 'Bot Framework tokens cannot be checked right now. Please try again shortly.' });
      } else {
        log.error({ err }, 'could not process an activity');
        sendJson(res, 500, { code: 'InternalError', message: 'The activity could not be processed.' });
      }
    }
  });

  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    sendJson(res, 200, { status: 'ok' });
    next();
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    let isReady = false;
    try {
      isReady = await ready();
    } catch (err) {
      log.warn({ err }, 'readiness check failed');
    }
    const warnings = await readyWarnings?.().catch((err: unknown) => {
      log.warn({ err }, 'readiness warnings could not be checked');
      return [];
    });
    sendJson(res, isReady ? 200 : 503, { ready: isReady, ...(warnings?.length ? { warnings } : {}) });
  });

  for (const register of extraRoutes) register(server, { adapter, bot, config, log });

  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    // Client errors (bad JSON, too large, unknown path) are routine; log them quietly.
    const level = (err.statusCode ?? 500) >= 500 ? 'error' : 'debug';
    log[level]({ method: req.method, path: req.path(), status: err.statusCode, err: { message: err.message } }, 'request rejected');
    callback();
  });
  return server;
}

/** Starts listening; resolves with the base URL (http://host:port). */
export async function listen(server: Server, port: number, host?: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    if (host) server.listen(port, host, () => resolve());
    else server.listen(port, () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return `http://${host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'}:${actualPort}`;
}

/** Stops accepting connections and waits for in-flight requests (idle keep-alive sockets are closed). */
export async function closeServer(server: Server): Promise<void> {
  const http = server.server;
  if (!http.listening) return;
  await new Promise<void>((resolve) => {
    http.close(() => resolve());
    http.closeIdleConnections?.();
  });
}
