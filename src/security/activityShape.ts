// The minimum shape every activity from a real Bot Framework channel has, checked at the HTTP
// edge so malformed requests get a 400 instead of reaching bot code that trusts the shape
// (botbuilder reads conversation.id, recipient.id, mention entities ... without checking).
// Only fields the bot or botbuilder read are checked, and only their types and sizes: anything
// else passes through untouched, so new channel features do not break.
import type { Next, Request, RequestHandler, Response } from 'restify';
import { activityShapeProblem } from './activityShapeCheck.js';
import { isCanonicalLoopbackUrl } from './loopback.js';

export interface ActivityCheckOptions {
  /**
   * Without channel authentication nobody vouches for serviceUrl, the address the bot POSTs its
   * replies to: anyone could make the bot send requests to any host. Then only this machine's
   * own addresses are accepted (the Emulator, local tools, tests), spelled plainly (loopback.ts).
   */
  loopbackServiceUrlsOnly: boolean;
}

/** Where replies go, unless they come back in the HTTP response (deliveryMode expectReplies). */
function serviceUrlProblem(activity: { serviceUrl?: string | null; deliveryMode?: string | null }, options: ActivityCheckOptions): string | undefined {
  const repliesInResponse = activity.deliveryMode === 'expectReplies';
  if (activity.serviceUrl === undefined || activity.serviceUrl === null) {
    // botbuilder would fall back to a Microsoft endpoint: never send there on a stranger's say-so.
    return repliesInResponse ? undefined : 'serviceUrl is missing';
  }
  let url: URL;
  try {
    url = new URL(activity.serviceUrl);
  } catch {
    return 'serviceUrl is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'serviceUrl is not an http(s) URL';
  if (options.loopbackServiceUrlsOnly && !isCanonicalLoopbackUrl(activity.serviceUrl)) {
    return 'serviceUrl must be on this machine while channel authentication is off';
  }
  return undefined;
}

/** The first problem with `body` as an activity, or undefined when it is fine. Field names only: never the values. */
export function activityProblem(body: unknown, options: ActivityCheckOptions): string | undefined {
  const path = activityShapeProblem(body);
  if (path) return `${path.length ? path.map(String).join('.') : 'body'} is missing or malformed`;
  // The shape check passed: serviceUrl and deliveryMode are strings or absent.
  return serviceUrlProblem(body as { serviceUrl?: string | null; deliveryMode?: string | null }, options);
}

function isJson(req: Request): boolean {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/**
 * Restify handler (after the JSON body parser) answering 400 to malformed activities on `paths`.
 * Bodies that are not JSON at all are left to the route, which answers 415.
 */
export function rejectMalformedActivities(paths: string[], options: ActivityCheckOptions): RequestHandler {
  const limited = new Set(paths);
  return (req: Request, res: Response, next: Next) => {
    if (req.method !== 'POST' || !isJson(req) || !limited.has(req.getRoute()?.path?.toString() ?? '')) return next();
    const problem = activityProblem(req.body, options);
    if (!problem) return next();
    res.status(400);
    res.json({ code: 'BadRequest', message: `Not a valid activity: ${problem}.` });
    next(false);
  };
}
