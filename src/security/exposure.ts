// Says at start-up who can reach the bot when channel authentication is off, so nobody runs an
// unauthenticated bot on a network by accident (config.ts picks 127.0.0.1 unless
// ALLOW_REMOTE_WITHOUT_AUTH says otherwise; this is the line that tells the operator).
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { isLoopbackHost } from './loopback.js';

export const OPEN_WITHOUT_AUTH_WARNING =
  'NO CHANNEL AUTHENTICATION and listening beyond this machine (ALLOW_REMOTE_WITHOUT_AUTH=true): ' +
  'set MicrosoftAppId before real use. Until then /api/messages answers only tools on this machine, ' +
  'while the website chat and its pages serve everyone who can reach this address.';

export function reportExposure(config: Config, log: Logger, address: AddressInfo | string | null): void {
  if (config.auth.enabled || !address || typeof address === 'string') return;
  if (isLoopbackHost(address.address)) {
    log.info({ address: address.address }, 'no MicrosoftAppId: listening on this machine only (ALLOW_REMOTE_WITHOUT_AUTH=true serves others)');
  } else {
    log.warn({ address: address.address }, OPEN_WITHOUT_AUTH_WARNING);
  }
}
