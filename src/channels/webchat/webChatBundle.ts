// Which Web Chat bundle the widget loads. botframework-webchat ships a UMD "full" bundle
// (dist/webchat.js: React, Adaptive Cards and Markdown included, exposes window.WebChat); the
// bot serves it itself so nothing is fetched from the internet, unless WEBCHAT_FROM_CDN=true.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const WEBCHAT_BUNDLE_FILE = 'webchat.js';

export interface WebChatBundle {
  version: string;
  /** The bundle's path (about 4 MB: served from disk, see CompressedAsset). */
  file: string;
}

export function findWebChatBundle(): WebChatBundle {
  const require = createRequire(import.meta.url);
  // The package's "exports" hide package.json; its CommonJS entry sits in lib/, the bundle in dist/.
  const packageDir = path.resolve(path.dirname(require.resolve('botframework-webchat')), '..');
  const version = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  return { version, file: path.join(packageDir, 'dist', WEBCHAT_BUNDLE_FILE) };
}

export function webChatCdnUrl(version: string): string {
  return `https://cdn.botframework.com/botframework-webchat/${version}/${WEBCHAT_BUNDLE_FILE}`;
}
