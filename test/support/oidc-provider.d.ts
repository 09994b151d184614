// The little of oidc-provider (no published types for v9) the single sign-on test uses.
declare module 'oidc-provider' {
  import type { Server } from 'node:http';

  interface ProviderConfiguration {
    clients: Record<string, unknown>[];
    findAccount: (ctx: unknown, sub: string) => { accountId: string; claims: () => Record<string, unknown> };
    claims?: Record<string, string[]>;
    cookies?: { keys: string[] };
    features?: Record<string, { enabled: boolean }>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: ProviderConfiguration);
    listen(port: number, host?: string): Server;
  }
}
