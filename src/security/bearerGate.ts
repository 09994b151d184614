// With channel authentication on, a request to the messages endpoint that does not even carry a
// JWT-shaped bearer token is answered 401 here, before its body is read. The CloudAdapter would
// refuse it too, but only after parsing the body and printing a stack trace to stderr for each
// one: cheap requests must not buy expensive work or a flooded log. The adapter still validates
// every token that passes this gate.
import type { RequestHandler } from 'restify';
import { canonicalPath } from './requestLimits.js';

const JWT_BEARER = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function requireBearerToken(paths: string[]): RequestHandler {
  const gated = new Set(paths.map(canonicalPath));
  return (req, res, next) => {
    if (req.method !== 'POST' || !gated.has(canonicalPath(req.getPath()))) return next();
    if (JWT_BEARER.test(String(req.headers.authorization ?? '').trim())) return next();
    res.status(401);
    res.json({ code: 'Unauthorized', message: 'A Bot Framework token is required.' });
    next(false);
  };
}
