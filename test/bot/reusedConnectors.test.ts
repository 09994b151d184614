// CloudAdapter asks for a ConnectorClient and a UserTokenClient on every activity; the wrapper
// hands out the same clients for the same bot, service URL and audience, and never more than
// a bounded number of them.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ReusedConnectorsAuthentication } from '../../src/bot/reusedConnectors.js';

const activity = (serviceUrl: string) =>
  ({ type: 'message', channelId: 'webchat', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }) as Activity;

async function clientFor(auth: ReusedConnectorsAuthentication, serviceUrl: string) {
  // No app id configured: authentication is off, as for local use.
  const result = await auth.authenticateRequest(activity(serviceUrl), '');
  const connector = await result.connectorFactory!.create(serviceUrl, result.audience);
  return {
    connector,
    /** Where the client sends (a protected field of the Azure client). */
    baseUri: (connector as unknown as { baseUri: string }).baseUri,
    userToken: await auth.createUserTokenClient(result.claimsIdentity),
  };
}

describe('ReusedConnectorsAuthentication', () => {
  it('gives every turn for the same service URL the same clients', async () => {
    const auth = new ReusedConnectorsAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const first = await clientFor(auth, 'http://127.0.0.1:9/one/');
    const second = await clientFor(auth, 'http://127.0.0.1:9/one/');
    expect(second.connector).toBe(first.connector);
    expect(second.userToken).toBe(first.userToken);
    expect(first.baseUri).toBe('http://127.0.0.1:9/one/');
  });

  it('keeps one client per service URL, and only the most recent ones', async () => {
    const auth = new ReusedConnectorsAuthentication(new ConfigurationBotFrameworkAuthentication({}), 2);
    const one = await clientFor(auth, 'http://127.0.0.1:9/one/');
    const two = await clientFor(auth, 'http://127.0.0.1:9/two/');
    expect(two.connector).not.toBe(one.connector);
    expect(two.baseUri).toBe('http://127.0.0.1:9/two/');
    await clientFor(auth, 'http://127.0.0.1:9/three/');
    // "one" was the oldest of three with room for two: it is built anew.
    expect((await clientFor(auth, 'http://127.0.0.1:9/one/')).connector).not.toBe(one.connector);
  });

  it('still authenticates every request: a bot with an app id refuses a request without a token', async () => {
    const auth = new ReusedConnectorsAuthentication(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' }),
    );
    await expect(auth.authenticateRequest(activity('https://smba.trafficmanager.net/amer/'), '')).rejects.toThrow();
  });
});
