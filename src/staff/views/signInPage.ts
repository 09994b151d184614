// The sign-in form: a username and a current password field (so password managers fill them), and
// the sign-in CSRF token (a login form must not be submittable from another site either).
import { html, type Html } from '../html.js';

export interface SignInView {
  csrfToken: string;
  error?: string;
  notice?: string;
  noAccounts: boolean;
  singleSignOn?: { label: string };
}

export function signInPage(view: SignInView): Html {
  return html`<div class="staff__card staff__sign-in">
<h1>Sign in</h1>
${view.notice ? html`<p class="staff__notice" role="status">${view.notice}</p>` : ''}
${view.error ? html`<p class="staff__error" role="alert" id="sign-in-error">${view.error}</p>` : ''}
${view.noAccounts ? html`<p class="staff__notice">No staff accounts yet. The clinic's IT person creates them with <code>npm run staff -- add NAME</code>.</p>` : ''}
<form method="post" action="/staff/sign-in" class="staff__form">
  <input type="hidden" name="_csrf" value="${view.csrfToken}">
  <p><label for="username">User name</label>
  <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64"${view.error ? html` aria-describedby="sign-in-error"` : ''}></p>
  <p><label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256"></p>
  <p><button type="submit" class="staff__primary">Sign in</button></p>
</form>
${view.singleSignOn ? html`<p><a class="staff__button" href="/staff/sso">${view.singleSignOn.label}</a></p>` : ''}
</div>`;
}
