/*
 * Nordel Physio Clinic chat widget.
 * Paste into any page of the clinic's website (its origin must be in the bot's ALLOWED_ORIGINS):
 *   <script src="https://YOUR-BOT-HOST/embed.js" defer></script>
 * It adds a chat bubble; opening it loads Web Chat from the bot and joins the chat through
 * POST /api/directline/token (the same call whether the bot uses its own or Azure's Direct Line).
 * The conversation survives page navigation within the tab (sessionStorage).
 */
/* global location, sessionStorage, atob, setInterval */
(function () {
  'use strict';
  if (window.NordelChat) return;

  var script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  var origin = new URL(script ? script.src : '/embed.js', location.href).origin;
  var SESSION_KEY = 'nordel-chat:' + origin;
  var TEASER_KEY = 'nordel-chat-teaser-dismissed';
  var REFRESH_MARGIN_MS = 2 * 60 * 1000;

  var state = { cfg: null, ui: null, started: false, directLine: null, store: null, pending: [], connected: false };
  var api = { open: open, close: close, ask: ask, state: state };
  window.NordelChat = api;

  function abs(url) {
    return new URL(url, origin + '/').href;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else if (key === 'onclick') node.addEventListener('click', attrs[key]);
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(child);
    });
    return node;
  }

  function readJson(storage, key) {
    try {
      return JSON.parse(storage.getItem(key) || 'null');
    } catch {
      return null;
    }
  }

  function writeJson(storage, key, value) {
    try {
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(value));
    } catch {
      /* storage disabled: the chat still works, it just does not survive navigation */
    }
  }

  /** Expiry of a JWT from its exp claim (ms), or `fallback`. */
  function tokenExpiry(token, fallback) {
    try {
      var payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return typeof payload.exp === 'number' ? payload.exp * 1000 : fallback;
    } catch {
      return fallback;
    }
  }

  var CHAT_ICON =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>';

  function build(cfg) {
    state.cfg = cfg;
    if (!document.querySelector('link[data-nordel-chat]')) {
      document.head.appendChild(el('link', { rel: 'stylesheet', href: abs(cfg.cssUrl), 'data-nordel-chat': '' }));
    }
    var bubble = el('button', {
      type: 'button',
      class: 'nordel-chat__bubble',
      'aria-label': 'Chat with ' + cfg.clinicName,
      'aria-expanded': 'false',
      'aria-controls': 'nordel-chat-panel',
      onclick: function () {
        if (panel.hidden) open();
        else close();
      },
    });
    bubble.innerHTML = CHAT_ICON;
    var status = el('div', { class: 'nordel-chat__status', role: 'status', text: 'Connecting…' });
    var webchat = el('div', { class: 'nordel-chat__webchat', style: 'height:100%' });
    var panel = el('section', { id: 'nordel-chat-panel', class: 'nordel-chat__panel', role: 'dialog', 'aria-label': cfg.title + ' chat' }, [
      el('header', { class: 'nordel-chat__header' }, [
        el('img', { class: 'nordel-chat__avatar', src: abs(cfg.avatarUrl), alt: '' }),
        el('div', { class: 'nordel-chat__heading' }, [
          el('p', { class: 'nordel-chat__title', text: cfg.title }),
          el('p', { class: 'nordel-chat__subtitle', text: cfg.subtitle }),
        ]),
        el('button', { type: 'button', class: 'nordel-chat__close', 'aria-label': 'Close chat', text: '×', onclick: close }),
      ]),
      el('div', { class: 'nordel-chat__body' }, [status, webchat]),
      el('p', { class: 'nordel-chat__footer', text: 'Not for emergencies: call 911.' }),
    ]);
    panel.hidden = true;
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') close();
    });

    var root = el('div', { class: 'nordel-chat', 'data-nordel-chat': '' }, [panel, buildTeaser(cfg), bubble]);
    root.style.setProperty('--nordel-accent', cfg.theme.accent);
    root.style.setProperty('--nordel-accent-text', cfg.theme.accentText);
    document.body.appendChild(root);
    state.ui = { root: root, bubble: bubble, panel: panel, status: status, webchat: webchat };
  }

  function buildTeaser(cfg) {
    var teaser = cfg.teaser;
    if (!teaser || readJson(sessionStorage, TEASER_KEY) || readJson(sessionStorage, SESSION_KEY)) return null;
    var node = el('div', { class: 'nordel-chat__teaser', role: 'complementary', 'aria-label': 'Chat suggestions' }, [
      el('button', { type: 'button', class: 'nordel-chat__teaser-close', 'aria-label': 'Dismiss', text: '×', onclick: hideTeaser }),
      el('p', { text: teaser.text }),
      el(
        'div',
        { class: 'nordel-chat__chips' },
        teaser.starterQuestions.map(function (question) {
          return el('button', {
            type: 'button',
            class: 'nordel-chat__chip',
            text: question,
            onclick: function () {
              ask(question);
            },
          });
        }),
      ),
    ]);
    return node;
  }

  function hideTeaser() {
    writeJson(sessionStorage, TEASER_KEY, true);
    var teaser = state.ui && state.ui.root.querySelector('.nordel-chat__teaser');
    if (teaser) teaser.remove();
  }

  function open() {
    if (!state.ui) return;
    hideTeaser();
    state.ui.panel.hidden = false;
    state.ui.bubble.setAttribute('aria-expanded', 'true');
    if (!state.started) {
      state.started = true;
      start().catch(function (error) {
        state.started = false;
        showStatus('Sorry, the chat is not available right now. Please try again later.');
        console.warn('[nordel-chat]', error);
      });
    }
    focusSendBox();
  }

  function close() {
    if (!state.ui) return;
    state.ui.panel.hidden = true;
    state.ui.bubble.setAttribute('aria-expanded', 'false');
    state.ui.bubble.focus();
  }

  /** Opens the chat and sends `text` as soon as it is connected. */
  function ask(text) {
    state.pending.push(text);
    open();
    flushPending();
  }

  function flushPending() {
    if (!state.connected || !state.store) return;
    while (state.pending.length) {
      state.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: state.pending.shift() } });
    }
  }

  function focusSendBox() {
    setTimeout(function () {
      var input = state.ui && state.ui.webchat.querySelector('[data-id="webchat-sendbox-input"], textarea, input[type="text"]');
      if (input) input.focus();
    }, 0);
  }

  function showStatus(text) {
    state.ui.status.textContent = text;
    state.ui.status.hidden = !text;
  }

  function loadScript(src) {
    if (window.WebChat) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var tag = el('script', { src: src, async: '' });
      tag.onload = function () {
        resolve();
      };
      tag.onerror = function () {
        reject(new Error('could not load Web Chat from ' + src));
      };
      document.head.appendChild(tag);
    });
  }

  function newSession() {
    return fetch(abs(state.cfg.tokenUrl), { method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      .then(function (response) {
        if (!response.ok) throw new Error('token request failed: ' + response.status);
        return response.json();
      })
      .then(function (issued) {
        var session = {
          token: issued.token,
          conversationId: issued.conversationId,
          expiresAt: tokenExpiry(issued.token, Date.now() + issued.expires_in * 1000),
          resumed: false,
        };
        writeJson(sessionStorage, SESSION_KEY, session);
        return session;
      });
  }

  /** The tab's conversation when its token is still good for a while, else a new one. */
  function session() {
    var saved = readJson(sessionStorage, SESSION_KEY);
    if (saved && saved.token && saved.conversationId && saved.expiresAt - Date.now() > REFRESH_MARGIN_MS) {
      saved.resumed = true;
      return Promise.resolve(saved);
    }
    return newSession();
  }

  function start() {
    var cfg = state.cfg;
    return Promise.all([loadScript(abs(cfg.webChatUrl)), session()]).then(function (results) {
      render(results[1]);
    });
  }

  function render(current) {
    var cfg = state.cfg;
    var WebChat = window.WebChat;
    var domain = cfg.directLineDomain || origin + '/v3/directline';
    // A resumed conversation reconnects (GET /conversations/:id) and replays its history.
    var directLine = WebChat.createDirectLine({
      token: current.token,
      conversationId: current.resumed ? current.conversationId : undefined,
      domain: domain,
      webSocket: true,
    });
    state.directLine = directLine;
    state.connected = false;

    directLine.connectionStatus$.subscribe(function (status) {
      // 2 Online, 3 ExpiredToken, 4 FailedToConnect, 5 Ended
      if (status === 2) {
        showStatus('');
        focusSendBox();
      } else if ((status === 4 || status === 5) && current.resumed) {
        // The saved conversation is gone (server restarted, expired): start a fresh one.
        writeJson(sessionStorage, SESSION_KEY, null);
        if (status !== 5 && directLine.end) directLine.end();
        newSession().then(render, function () {
          showStatus('Sorry, the chat is not available right now. Please try again later.');
        });
        current.resumed = false;
      } else if (status === 4) {
        showStatus('Sorry, the chat could not connect. Please try again later.');
      }
    });

    // DirectLineJS refreshes its token every 15 minutes; keep the saved copy current.
    setInterval(function () {
      if (directLine.token && directLine.token !== current.token) {
        current.token = directLine.token;
        current.expiresAt = tokenExpiry(current.token, Date.now() + 30 * 60 * 1000);
        writeJson(sessionStorage, SESSION_KEY, { token: current.token, conversationId: current.conversationId, expiresAt: current.expiresAt });
      }
    }, 60 * 1000);

    var store = WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            setTimeout(function () {
              state.connected = true;
              flushPending();
            }, 0);
          }
          return next(action);
        };
      };
    });
    state.store = store;

    var accent = cfg.theme.accent;
    WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: cfg.locale,
        styleOptions: {
          accent: accent,
          backgroundColor: '#ffffff',
          botAvatarImage: abs(cfg.avatarUrl),
          botAvatarInitials: cfg.botAvatarInitials,
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: accent,
          bubbleFromUserTextColor: cfg.theme.accentText,
          bubbleFromUserBorderRadius: 12,
          hideUploadButton: true,
          maxMessageLength: cfg.maxMessageChars,
          sendBoxButtonColor: accent,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 999,
          rootHeight: '100%',
        },
      },
      state.ui.webchat,
    );
  }

  function init() {
    fetch(abs('/webchat/config.json'), { credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) throw new Error('config request failed: ' + response.status);
        return response.json();
      })
      .then(build)
      .catch(function (error) {
        console.warn('[nordel-chat] the chat widget is not available:', error);
      });
  }

  if (document.body) init();
  else document.addEventListener('DOMContentLoaded', init);
})();
