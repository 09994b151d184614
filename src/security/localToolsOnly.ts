// Without an app registration (MicrosoftAppId) nothing vouches for a request to /api/messages: it
// may claim any channel, conversation and user. Then the endpoint serves only what local tools send
// (the Bot Framework Emulator, the Microsoft 365 Agents Playground, test harnesses, curl):
// - from this machine: a loopback peer, no proxy in between, and a Host header naming this machine
//   (a web page that points its own name at 127.0.0.1 still sends its own name: DNS rebinding);
// - on a channel such tools use. The website chat never comes this way: the local Direct Line hands
//   its turns to the bot in process (channels/directline/botBridge.ts), and its conversations
//   (channel "directline") are bound to tokens that a request here would otherwise bypass.
// With channel authentication on, the Bot Framework token says who is calling and none of this applies.
import type { Next, Request, RequestHandler, Response } from 'restify';
import { clientAddress } from './clientAddress.js';
import { isLoopbackHost, isLoopbackHostHeader } from './loopback.js';
import { canonicalPath } from './requestLimits.js';

/** Emulator, Agents Playground (Teams-shaped), Web Chat-shaped test clients, botbuilder's test channel. */
export const LOCAL_TOOL_CHANNELS: readonly string[] = ['emulator', 'msteams', 'webchat', 'test'];

export interface LocalToolsOnly {
  /** Before the body is read (server.pre): the request must come from this machine. */
  beforeBody: RequestHandler;
  /** After the JSON body parser (server.use): the activity must be on a local tool's channel. */
  afterBody: RequestHandler;
}

function forbid(res: Response, next: Next, message: string): void {
  res.status(403);
  res.json({ code: 'Forbidden', message });
  next(false);
}

/** A loopback peer (or, behind a trusted proxy, a loopback client), reached under a local name. */
function fromThisMachine(req: Request, trustProxy: boolean): boolean {
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  if (forwarded && !trustProxy) return false;
  return isLoopbackHost(clientAddress(req, trustProxy)) && isLoopbackHostHeader(req.headers.host);
}

export function localToolsOnly(paths: string[], { trustProxy }: { trustProxy: boolean }): LocalToolsOnly {
  const guarded = new Set(paths.map(canonicalPath));
  const channels = new Set(LOCAL_TOOL_CHANNELS);
  return {
    beforeBody(req, res, next) {
      if (req.method !== 'POST' || !guarded.has(canonicalPath(req.getPath()))) return next();
      if (fromThisMachine(req, trustProxy)) return next();
      forbid(res, next, 'Without channel authentication (MicrosoftAppId) this endpoint only answers tools on the same machine.');
    },
    afterBody(req, res, next) {
      if (req.method !== 'POST' || !guarded.has(canonicalPath(req.getRoute()?.path?.toString() ?? ''))) return next();
      const channelId = (req.body as { channelId?: unknown } | undefined)?.channelId;
      // Malformed activities (no channelId) are refused by the shape check with a 400.
      if (typeof channelId !== 'string' || channels.has(channelId)) return next();
      forbid(res, next, `Without channel authentication only these channels are accepted here: ${LOCAL_TOOL_CHANNELS.join(', ')}.`);
    },
  };
}
