// Environment -> validated, typed configuration. Read once at start-up; an inconsistent
// configuration stops the bot with one clear message (ConfigError), never a stack trace.
import path from 'node:path';
import { z } from 'zod-v4';
import { isLoopbackHost } from './security/loopback.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));
const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });
const bool = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      if (/^(1|true|yes|on)$/i.test(v.trim())) return true;
      if (/^(0|false|no|off)$/i.test(v.trim())) return false;
      ctx.addIssue({ code: 'custom', message: `must be true or false, got "${v}"` });
      return z.NEVER;
    });
const list = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

const envSchema = z.object({
  PORT: int(3978, 0, 65535),
  HOST: optionalString,
  // Without MicrosoftAppId the bot listens on 127.0.0.1 only, unless this says otherwise (docs/security.md).
  ALLOW_REMOTE_WITHOUT_AUTH: bool(false),
  // Key of the pseudonyms that stand for conversation ids in the logs; DATA_DIR/log-hash.key when unset.
  LOG_HASH_KEY: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: optionalString,
  // Where trained models are kept between starts; unset: DATA_DIR/models (none with STORAGE=memory).
  MODEL_CACHE_DIR: optionalString,
  KNOWLEDGE_DIR: optionalString,
  CLINIC_CONFIG: optionalString,

  // Bot Framework channel auth (CloudAdapter). Unset app id = local use, no auth.
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalString,
  // botbuilder's setting: where the signing keys of channel tokens are published (sovereign clouds, tests).
  BotOpenIdMetadata: optionalString,

  // State and bookings: embedded files by default, Azure Blob Storage to scale out.
  STORAGE: z.enum(['file', 'blob', 'memory']).default('file'),
  AZURE_STORAGE_CONNECTION_STRING: optionalString,
  AZURE_STORAGE_CONTAINER: z.string().default('bot-state'),
  AZURE_BOOKINGS_CONTAINER: z.string().default('bookings'),
  AZURE_STAFF_CONTAINER: z.string().default('staff'),
  AZURE_INSIGHTS_CONTAINER: z.string().default('insights'),
  STATE_RETENTION_DAYS: int(30, 1),
  BOOKING_RETENTION_DAYS: int(400, 365),

  // Notifications to the clinic.
  SMTP_HOST: optionalString,
  SMTP_PORT: int(587, 1, 65535),
  SMTP_SECURE: bool(false),
  SMTP_USER: optionalString,
  SMTP_PASS: optionalString,
  BOOKING_EMAIL_FROM: optionalString,
  BOOKING_EMAIL_TO: optionalString,
  BOOKING_WEBHOOK_URL: optionalString,
  BOOKING_WEBHOOK_SECRET: optionalString,
  NOTIFY_RETRY_SECONDS: int(60, 1),

  // Website widget: local Direct Line (default) or Azure Bot Service Direct Line.
  DIRECT_LINE: z.enum(['local', 'azure']).default('local'),
  DIRECT_LINE_SECRET: optionalString,
  DIRECT_LINE_ENDPOINT: z.string().default('https://directline.botframework.com'),
  TOKEN_SIGNING_SECRET: optionalString,
  ALLOWED_ORIGINS: list,
  WEBCHAT_FROM_CDN: bool(false),

  // Microsoft Teams.
  TEAMS_APP_ID: optionalString,
  TEAMS_BOOKINGS_CHANNEL: optionalString,

  // Request limits.
  MAX_BODY_BYTES: int(256 * 1024, 1024),
  MAX_MESSAGE_CHARS: int(2000, 10),
  RATE_LIMIT_PER_MINUTE: int(120, 1),
  // Behind a reverse proxy (Azure App Service): client addresses come from X-Forwarded-For.
  TRUST_PROXY: bool(false),
  // Slow clients: time-outs for the request headers and the whole request; open connections per client address.
  HEADERS_TIMEOUT_SECONDS: int(10, 1, 600),
  REQUEST_TIMEOUT_SECONDS: int(30, 1, 3600),
  MAX_CONNECTIONS_PER_ADDRESS: int(100, 0),

  // Knowledge-base insights (unanswered questions, "did you mean" picks, 👍/👎), kept under DATA_DIR/insights.
  INSIGHTS: bool(true),
  INSIGHTS_RETENTION_DAYS: int(90, 1),

  // The front desk's page at /staff (accounts: `npm run staff -- add NAME`).
  STAFF_PAGE: bool(true),
  STAFF_SESSION_IDLE_MINUTES: int(30, 1, 24 * 60),
  STAFF_SESSION_MAX_HOURS: int(12, 1, 24 * 7),
  STAFF_LOCKOUT_ATTEMPTS: int(5, 2, 100),
  STAFF_LOCKOUT_MINUTES: int(15, 1, 24 * 60),
  AUDIT_RETENTION_DAYS: int(400, 30),
  // Optional single sign-on (Microsoft Entra ID or another OpenID Connect provider).
  STAFF_SSO_ISSUER: optionalString,
  STAFF_SSO_CLIENT_ID: optionalString,
  STAFF_SSO_CLIENT_SECRET: optionalString,
  STAFF_SSO_REDIRECT_URL: optionalString,
  STAFF_SSO_LABEL: z.string().default('Sign in with Microsoft'),
});

/** Every environment variable the bot reads (documented in .env.example). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export type Config = ReturnType<typeof loadConfig>;

/** Reads and checks the environment; throws ConfigError naming every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const appType = e.MicrosoftAppType ?? 'MultiTenant';
  if (e.MicrosoftAppId && appType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    problems.push('MicrosoftAppId is set but MicrosoftAppPassword is not (both, or neither for local use).');
  }
  if (!e.MicrosoftAppId && (e.MicrosoftAppPassword || e.MicrosoftAppType || e.MicrosoftAppTenantId)) {
    problems.push('MicrosoftAppPassword/Type/TenantId are set without MicrosoftAppId.');
  }
  if (!e.MicrosoftAppId && e.HOST && !isLoopbackHost(e.HOST) && !e.ALLOW_REMOTE_WITHOUT_AUTH) {
    problems.push(
      `HOST=${e.HOST} without MicrosoftAppId would let anyone who reaches it use the bot unauthenticated: set MicrosoftAppId, or ALLOW_REMOTE_WITHOUT_AUTH=true to accept that (see docs/security.md).`,
    );
  }
  if (e.BotOpenIdMetadata && !/^https?:\/\//.test(e.BotOpenIdMetadata)) problems.push('BotOpenIdMetadata must be an http(s) URL.');
  if (e.BotOpenIdMetadata && !e.MicrosoftAppId) problems.push('BotOpenIdMetadata is set without MicrosoftAppId.');
  if (e.LOG_HASH_KEY && e.LOG_HASH_KEY.length < 32) problems.push('LOG_HASH_KEY must be at least 32 characters.');
  if (e.MicrosoftAppId && appType !== 'MultiTenant' && !e.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppType ${appType} needs MicrosoftAppTenantId.`);
  }
  if (e.STORAGE === 'blob' && !e.AZURE_STORAGE_CONNECTION_STRING) {
    problems.push('STORAGE=blob needs AZURE_STORAGE_CONNECTION_STRING.');
  }
  if (e.DIRECT_LINE === 'azure' && !e.DIRECT_LINE_SECRET) {
    problems.push('DIRECT_LINE=azure needs DIRECT_LINE_SECRET.');
  }
  if (e.SMTP_HOST && !(e.BOOKING_EMAIL_TO && e.BOOKING_EMAIL_FROM)) {
    problems.push('SMTP_HOST is set: BOOKING_EMAIL_FROM and BOOKING_EMAIL_TO are needed too.');
  }
  if (Boolean(e.SMTP_USER) !== Boolean(e.SMTP_PASS)) problems.push('SMTP_USER and SMTP_PASS go together.');
  if (e.BOOKING_WEBHOOK_URL && !/^https?:\/\//.test(e.BOOKING_WEBHOOK_URL)) {
    problems.push('BOOKING_WEBHOOK_URL must be an http(s) URL.');
  }
  const sso = [e.STAFF_SSO_ISSUER, e.STAFF_SSO_CLIENT_ID, e.STAFF_SSO_CLIENT_SECRET, e.STAFF_SSO_REDIRECT_URL];
  if (sso.some(Boolean) && !sso.every(Boolean)) {
    problems.push('Single sign-on needs STAFF_SSO_ISSUER, STAFF_SSO_CLIENT_ID, STAFF_SSO_CLIENT_SECRET and STAFF_SSO_REDIRECT_URL together.');
  }
  if (e.STAFF_SSO_REDIRECT_URL && !/^https?:\/\/[^/]+\/staff\/sso\/callback$/.test(e.STAFF_SSO_REDIRECT_URL)) {
    problems.push('STAFF_SSO_REDIRECT_URL must be this bot\'s https://HOST/staff/sso/callback.');
  }
  if (e.STAFF_SSO_ISSUER && !/^https?:\/\//.test(e.STAFF_SSO_ISSUER)) problems.push('STAFF_SSO_ISSUER must be an https URL.');
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const root = cwd;
  return {
    port: e.PORT,
    /** Where to listen: HOST; unset, all interfaces with channel authentication, 127.0.0.1 without (local use). */
    host: e.HOST ?? (e.MicrosoftAppId || e.ALLOW_REMOTE_WITHOUT_AUTH ? undefined : '127.0.0.1'),
    logLevel: e.LOG_LEVEL,
    logHashKey: e.LOG_HASH_KEY,
    dataDir: path.resolve(root, e.DATA_DIR ?? 'data'),
    /** A folder named in MODEL_CACHE_DIR (shared: nothing in it is removed); unset, DATA_DIR/models is used. */
    modelCacheDir: e.MODEL_CACHE_DIR ? path.resolve(root, e.MODEL_CACHE_DIR) : undefined,
    knowledgeDir: path.resolve(root, e.KNOWLEDGE_DIR ?? 'knowledge'),
    clinicConfigPath: path.resolve(root, e.CLINIC_CONFIG ?? 'config/clinic.yaml'),
    auth: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType,
      tenantId: e.MicrosoftAppTenantId,
      /** Local use: the CloudAdapter accepts unauthenticated requests only when this is false. */
      enabled: Boolean(e.MicrosoftAppId),
      /** Where channel tokens' signing keys are published (BotOpenIdMetadata); unset: the public cloud's. */
      openIdMetadataUrl: e.BotOpenIdMetadata,
    },
    storage: {
      kind: e.STORAGE,
      connectionString: e.AZURE_STORAGE_CONNECTION_STRING,
      stateContainer: e.AZURE_STORAGE_CONTAINER,
      bookingsContainer: e.AZURE_BOOKINGS_CONTAINER,
      staffContainer: e.AZURE_STAFF_CONTAINER,
      insightsContainer: e.AZURE_INSIGHTS_CONTAINER,
      stateRetentionDays: e.STATE_RETENTION_DAYS,
      bookingRetentionDays: e.BOOKING_RETENTION_DAYS,
    },
    notify: {
      smtp: e.SMTP_HOST
        ? {
            host: e.SMTP_HOST,
            port: e.SMTP_PORT,
            secure: e.SMTP_SECURE,
            user: e.SMTP_USER,
            pass: e.SMTP_PASS,
            from: e.BOOKING_EMAIL_FROM ?? '',
            to: e.BOOKING_EMAIL_TO ?? '',
          }
        : undefined,
      webhook: e.BOOKING_WEBHOOK_URL ? { url: e.BOOKING_WEBHOOK_URL, secret: e.BOOKING_WEBHOOK_SECRET } : undefined,
      retrySeconds: e.NOTIFY_RETRY_SECONDS,
    },
    directLine: {
      mode: e.DIRECT_LINE,
      secret: e.DIRECT_LINE_SECRET,
      endpoint: e.DIRECT_LINE_ENDPOINT,
      /** Signs local Direct Line tokens; unset: a key kept in DATA_DIR (channels/directline/signingKey.ts). */
      tokenSigningSecret: e.TOKEN_SIGNING_SECRET,
      allowedOrigins: e.ALLOWED_ORIGINS,
      webChatFromCdn: e.WEBCHAT_FROM_CDN,
    },
    teams: { appId: e.TEAMS_APP_ID, bookingsChannel: e.TEAMS_BOOKINGS_CHANNEL },
    limits: {
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxMessageChars: e.MAX_MESSAGE_CHARS,
      ratePerMinute: e.RATE_LIMIT_PER_MINUTE,
      trustProxy: e.TRUST_PROXY,
      headersTimeoutMs: e.HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
      /** 0: no cap. Not applied behind a trusted proxy (every connection comes from the proxy). */
      maxConnectionsPerAddress: e.MAX_CONNECTIONS_PER_ADDRESS,
    },
    insights: { enabled: e.INSIGHTS, retentionDays: e.INSIGHTS_RETENTION_DAYS },
    staff: {
      enabled: e.STAFF_PAGE,
      sessionIdleMs: e.STAFF_SESSION_IDLE_MINUTES * 60_000,
      sessionMaxMs: e.STAFF_SESSION_MAX_HOURS * 3_600_000,
      lockAfter: e.STAFF_LOCKOUT_ATTEMPTS,
      lockForMs: e.STAFF_LOCKOUT_MINUTES * 60_000,
      auditRetentionDays: e.AUDIT_RETENTION_DAYS,
      sso:
        e.STAFF_SSO_ISSUER && e.STAFF_SSO_CLIENT_ID && e.STAFF_SSO_CLIENT_SECRET && e.STAFF_SSO_REDIRECT_URL
          ? {
              issuer: e.STAFF_SSO_ISSUER,
              clientId: e.STAFF_SSO_CLIENT_ID,
              clientSecret: e.STAFF_SSO_CLIENT_SECRET,
              redirectUrl: e.STAFF_SSO_REDIRECT_URL,
              label: e.STAFF_SSO_LABEL,
            }
          : undefined,
    },
  };
}
