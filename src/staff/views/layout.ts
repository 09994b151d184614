// The frame of every staff page: the widget's teal header with the clinic's name, the navigation,
// sign-out, a skip link and one <main>. Plain HTML; the only scripts are this server's own files.
import { html, type Html } from '../html.js';

export interface PageAssets {
  css: string;
  js: string;
  charts: string;
}

export interface Viewer {
  name: string;
  role: 'staff' | 'admin';
  csrfToken: string;
}

export type Section = 'requests' | 'forget' | 'insights' | 'health' | 'audit' | 'sign-in';

export interface LayoutInput {
  title: string;
  clinicName: string;
  assets: PageAssets;
  section: Section;
  viewer?: Viewer;
  body: Html;
  /** Loads Chart.js too (the insights page). */
  charts?: boolean;
}

function navLink(href: string, label: string, current: boolean): Html {
  return html`<li><a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

export function csrfField(viewer: Viewer): Html {
  return html`<input type="hidden" name="_csrf" value="${viewer.csrfToken}">`;
}

export function layout({ title, clinicName, assets, section, viewer, body, charts }: LayoutInput): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
${viewer ? html`<meta name="csrf-token" content="${viewer.csrfToken}">` : ''}
<title>${title} · ${clinicName} front desk</title>
<link rel="stylesheet" href="${assets.css}">
${charts ? html`<script src="${assets.charts}" defer></script>` : ''}
<script src="${assets.js}" defer></script>
</head>
<body class="staff">
<a class="staff__skip" href="#main">Skip to content</a>
<header class="staff__header">
  <p class="staff__brand">${clinicName} <span class="staff__brand-sub">Front desk</span></p>
  ${
    viewer
      ? html`<nav class="staff__nav" aria-label="Staff pages"><ul>
    ${navLink('/staff/requests', 'Booking requests', section === 'requests')}
    ${navLink('/staff/forget', 'Delete a person', section === 'forget')}
    ${navLink('/staff/insights', 'What patients ask', section === 'insights')}
    ${navLink('/staff/health', 'Health', section === 'health')}
    ${viewer.role === 'admin' ? navLink('/staff/audit', 'Audit log', section === 'audit') : ''}
  </ul></nav>
  <form class="staff__signout" method="post" action="/staff/sign-out">${csrfField(viewer)}<span class="staff__who">${viewer.name}</span> <button type="submit">Sign out</button></form>`
      : ''
  }
</header>
<main id="main" class="staff__main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}
