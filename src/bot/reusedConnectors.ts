// CloudAdapter builds a new ConnectorClient and UserTokenClient (each with its own HTTP pipeline)
// for every incoming activity, even when the turn never calls them (deliveryMode expectReplies).
// That was about a tenth of a turn's CPU. Both clients are stateless HTTP clients whose
// credentials fetch and refresh their own tokens, so one per (bot app id, audience, service URL)
// serves every turn; the older BotFrameworkAdapter kept them the same way. Authentication itself
// is unchanged: every request is still validated by the wrapped BotFrameworkAuthentication.
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** Bounded: without authentication anyone may name a serviceUrl, and each one would be kept. */
const DEFAULT_MAX_CLIENTS = 32;

/** A small insertion-ordered cache that forgets its oldest entry when full. */
class BoundedCache<V> {
  private readonly items = new Map<string, V>();

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    return this.items.get(key);
  }

  delete(key: string, value: V): void {
    if (this.items.get(key) === value) this.items.delete(key);
  }

  set(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.max) {
      const oldest = this.items.keys().next().value;
      if (oldest !== undefined) this.items.delete(oldest);
    }
  }
}

/** The bot app id a turn acts as (what botframework-connector uses to pick credentials). */
function botAppIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** Identity of a botframework-connector ConnectorFactoryImpl; undefined for other factories (not reused). */
function factoryKey(factory: ConnectorFactory): string | undefined {
  const { appId, toChannelFromBotOAuthScope } = factory as unknown as { appId?: unknown; toChannelFromBotOAuthScope?: unknown };
  if (factory.constructor.name !== 'ConnectorFactoryImpl') return undefined;
  return `${String(appId ?? '')}\n${String(toChannelFromBotOAuthScope ?? '')}`;
}

/** Hands out one ConnectorClient per (factory identity, service URL, audience). */
class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly key: string,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.key}\n${serviceUrl}\n${audience ?? ''}`;
    const known = this.clients.get(key);
    if (known) return known;
    const created = this.inner.create(serviceUrl, audience);
    this.clients.set(key, created);
    // A failed creation is not kept: the next turn tries again.
    created.catch(() => this.clients.delete(key, created));
    return created;
  }
}

export class ReusedConnectorsAuthentication extends BotFrameworkAuthentication {
  private readonly connectors: BoundedCache<Promise<ConnectorClient>>;
  private readonly userTokenClients: BoundedCache<Promise<UserTokenClient>>;

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    maxClients = DEFAULT_MAX_CLIENTS,
  ) {
    super();
    this.connectors = new BoundedCache(maxClients);
    this.userTokenClients = new BoundedCache(maxClients);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reuse(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reuse(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = botAppIdOf(claimsIdentity);
    const known = this.userTokenClients.get(key);
    if (known) return known;
    const created = this.inner.createUserTokenClient(claimsIdentity);
    this.userTokenClients.set(key, created);
    created.catch(() => this.userTokenClients.delete(key, created));
    return created;
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reuse(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.connectorFactory) } : result;
  }

  private reusing(factory: ConnectorFactory): ConnectorFactory {
    const key = factoryKey(factory);
    return key === undefined ? factory : new ReusingConnectorFactory(factory, key, this.connectors);
  }
}
