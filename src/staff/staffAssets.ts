// The staff page's files, served by the bot under content-hashed names (nothing from a CDN):
// its styles and script from web/staff/, and Chart.js's UMD build from node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CompressedAsset, IMMUTABLE } from '../channels/webchat/compressedAsset.js';
import { findWebDir } from '../channels/webchat/webAssets.js';
import type { PageAssets } from './views/layout.js';

export interface StaffAssets {
  urls: PageAssets;
  byName: Map<string, CompressedAsset>;
}

let loaded: StaffAssets | undefined;

export function staffAssets(): StaffAssets {
  if (loaded) return loaded;
  const webDir = path.join(findWebDir(), 'staff');
  const require = createRequire(import.meta.url);
  const chartFile = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  const byName = new Map<string, CompressedAsset>();
  const add = (name: string, body: Buffer, type: string) => {
    const asset = new CompressedAsset(body, type, IMMUTABLE);
    const file = asset.hashedName(name);
    byName.set(file, asset);
    return `/staff/assets/${file}`;
  };
  loaded = {
    byName,
    urls: {
      css: add('staff.css', readFileSync(path.join(webDir, 'staff.css')), 'text/css; charset=utf-8'),
      js: add('staff.js', readFileSync(path.join(webDir, 'staff.js')), 'application/javascript; charset=utf-8'),
      charts: add('chart.js', readFileSync(chartFile), 'application/javascript; charset=utf-8'),
    },
  };
  return loaded;
}
