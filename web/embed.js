/*
 * Nordel Physio Clinic chat widget.
 * Paste into any page of the clinic's website (its origin must be in the bot's ALLOWED_ORIGINS):
 *   <script src="https://YOUR-BOT-HOST/embed.js" defer></script>
 * and, for a page in Punjabi or Chinese, say which language the chat starts in:
 *   <script src="https://YOUR-BOT-HOST/embed.js" data-language="pa" defer></script>
 * (en, pa, zh, zh-Hans or zh-Hant; without it: the page's <html lang>, else the browser's language,
 * else English). The visitor can change it at the top of the chat (English / ਪੰਜਾਬੀ / 中文).
 * It adds a chat bubble; opening it loads Web Chat from the bot and joins the chat through
 * POST /api/directline/token (the same call whether the bot uses its own or Azure's Direct Line).
 * The conversation and its transcript survive page navigation and reloads within the tab
 * (sessionStorage). When the connection cannot be restored (an expired token, say), the widget
 * starts a new conversation, keeps the transcript on screen and says so.
 * Every word it draws comes from /webchat/config.json in each language (the bot's knowledge base,
 * knowledge/messages/*.yaml, widget.*), and a change of language redraws them all at once.
 */
/* global location, sessionStorage, atob, setInterval, clearTimeout, MutationObserver, navigator, getComputedStyle */
(function () {
  'use strict';
  if (window.NordelChat) return;

  var script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  var origin = new URL(script ? script.src : '/embed.js', location.href).origin;
  var SESSION_KEY = 'nordel-chat:' + origin;
  var TRANSCRIPT_KEY = 'nordel-chat-transcript:' + origin;
  var TEASER_KEY = 'nordel-chat-teaser-dismissed';
  var LANGUAGE_KEY = 'nordel-chat-language:' + origin;
  /** What the page asks for: <script ... data-language="pa">. */
  var PAGE_LANGUAGE = script ? script.getAttribute('data-language') : null;
  var REFRESH_MARGIN_MS = 2 * 60 * 1000;
  /** The newest messages kept for a reload (sessionStorage is small, and so is a chat). */
  var SAVED_ACTIVITIES = 100;
  /** Waits between attempts to get a new conversation when the bot cannot be reached. */
  var RECOVERY_DELAYS_MS = [0, 3000, 10000, 30000];

  var state = {
    cfg: null,
    ui: null,
    started: false,
    directLine: null,
    store: null,
    pending: [],
    connected: false,
    recovering: false,
    feedback: null,
    /** The reply language the chat is in: en, pa, zh-Hans or zh-Hant. */
    language: 'en',
    /** What the status, the notice and the hint show (a key of the texts, or ''), so a change of language redraws them. */
    statusKey: 'connecting',
    noticeKey: '',
    hintShown: false,
  };
  var api = { open: open, close: close, ask: ask, setLanguage: setLanguage, state: state };
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

  /** The widget's words in the chat's language (English for a language the bot has no words in). */
  function texts() {
    return state.cfg.texts[state.language] || state.cfg.texts.en;
  }

  function build(cfg) {
    state.cfg = cfg;
    if (!document.querySelector('link[data-nordel-chat]')) {
      document.head.appendChild(el('link', { rel: 'stylesheet', href: abs(cfg.cssUrl), 'data-nordel-chat': '' }));
    }
    // Built without words: showTexts() draws them in the chat's language, now and on every change of language.
    var bubble = el('button', {
      type: 'button',
      class: 'nordel-chat__bubble',
      'aria-expanded': 'false',
      'aria-controls': 'nordel-chat-panel',
      onclick: function () {
        if (panel.hidden) open();
        else close();
      },
    });
    bubble.innerHTML = CHAT_ICON;
    var status = el('div', { class: 'nordel-chat__status', role: 'status' });
    var notice = el('div', { class: 'nordel-chat__notice', role: 'status' }, [
      el('p', { class: 'nordel-chat__notice-text' }),
      el('button', { type: 'button', class: 'nordel-chat__notice-close', text: '×', onclick: function () { showNotice(''); } }),
    ]);
    notice.hidden = true;
    var webchat = el('div', { class: 'nordel-chat__webchat' });
    var hint = el('p', { class: 'nordel-chat__hint', role: 'status', 'aria-live': 'polite' });
    hint.hidden = true;
    var feedback = buildFeedbackRow();
    var languages = buildLanguageBar(cfg);
    var title = el('p', { class: 'nordel-chat__title' });
    var subtitle = el('p', { class: 'nordel-chat__subtitle' });
    var closeButton = el('button', { type: 'button', class: 'nordel-chat__close', text: '×', onclick: close });
    var footer = el('p', { class: 'nordel-chat__footer' });
    var panel = el('section', { id: 'nordel-chat-panel', class: 'nordel-chat__panel', role: 'dialog' }, [
      el('header', { class: 'nordel-chat__header' }, [
        el('img', { class: 'nordel-chat__avatar', src: abs(cfg.avatarUrl), alt: '' }),
        el('div', { class: 'nordel-chat__heading' }, [title, subtitle]),
        closeButton,
      ]),
      languages,
      el('div', { class: 'nordel-chat__body' }, [status, notice, webchat]),
      hint,
      footer,
    ]);
    panel.hidden = true;
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') close();
    });

    var root = el('div', { class: 'nordel-chat', 'data-nordel-chat': '' }, [panel, buildTeaser(), bubble]);
    root.style.setProperty('--nordel-accent', cfg.theme.accent);
    root.style.setProperty('--nordel-accent-text', cfg.theme.accentText);
    document.body.appendChild(root);
    state.ui = {
      root: root,
      bubble: bubble,
      panel: panel,
      title: title,
      subtitle: subtitle,
      closeButton: closeButton,
      footer: footer,
      status: status,
      notice: notice,
      hint: hint,
      feedback: feedback,
      webchat: webchat,
      languages: languages,
    };
    state.language = initialLanguage(cfg);
    showLanguage();
    showTexts();
    keepInPlace();
    // Web Chat redraws its send box as it goes: keep the feedback row and the length limit on it.
    new MutationObserver(function () {
      if (!state.store) return;
      keepInPlace();
      limitSendBox();
    }).observe(webchat, { childList: true, subtree: true });
  }

  /** The teaser next to the bubble, until dismissed or the chat is opened in this tab; its words come with showTexts(). */
  function buildTeaser() {
    if (readJson(sessionStorage, TEASER_KEY) || readJson(sessionStorage, SESSION_KEY)) return null;
    return el('div', { class: 'nordel-chat__teaser', role: 'complementary' }, [
      el('button', { type: 'button', class: 'nordel-chat__teaser-close', text: '×', onclick: hideTeaser }),
      el('p', { class: 'nordel-chat__teaser-text' }),
      el('div', { class: 'nordel-chat__chips' }),
    ]);
  }

  /** The teaser in the chat's language: its starter questions are the bot's own titles, so a tap is answered in it. */
  function showTeaser(words) {
    var teaser = state.ui.root.querySelector('.nordel-chat__teaser');
    if (!teaser) return;
    teaser.setAttribute('aria-label', words.teaser.label);
    teaser.querySelector('.nordel-chat__teaser-close').setAttribute('aria-label', words.dismiss);
    teaser.querySelector('.nordel-chat__teaser-text').textContent = words.teaser.text;
    var chips = teaser.querySelector('.nordel-chat__chips');
    chips.textContent = '';
    words.teaser.starterQuestions.forEach(function (question) {
      chips.appendChild(
        el('button', {
          type: 'button',
          class: 'nordel-chat__chip',
          text: question,
          onclick: function () {
            ask(question);
          },
        }),
      );
    });
  }

  /** Draws every word of the widget in the chat's language (Web Chat's own words follow in draw()). */
  function showTexts() {
    var words = texts();
    var ui = state.ui;
    ui.bubble.setAttribute('aria-label', words.openChat);
    ui.panel.setAttribute('aria-label', words.title);
    ui.title.textContent = words.title;
    ui.subtitle.textContent = words.subtitle;
    ui.closeButton.setAttribute('aria-label', words.closeChat);
    ui.languages.setAttribute('aria-label', words.languageBar);
    ui.footer.textContent = words.footer;
    ui.notice.querySelector('.nordel-chat__notice-close').setAttribute('aria-label', words.dismiss);
    showStatus(state.statusKey);
    showNotice(state.noticeKey);
    showHint(state.hintShown);
    showTeaser(words);
    drawFeedback();
  }

  function hideTeaser() {
    writeJson(sessionStorage, TEASER_KEY, true);
    var teaser = state.ui && state.ui.root.querySelector('.nordel-chat__teaser');
    if (teaser) teaser.remove();
  }

  // ---- Language: English / ਪੰਜਾਬੀ / 中文 -------------------------------------------------------

  /**
   * A reply language from a language tag or code (en, pa, pa-IN, zh, zh-Hans, zh-TW, yue, ...), or null.
   * Chinese without a script takes the browser's, else the clinic's default.
   */
  function languageOf(tag) {
    if (!tag || typeof tag !== 'string') return null;
    var value = tag.trim().replace(/_/g, '-');
    if (/^zh$/i.test(value)) return chineseScript();
    var locale;
    try {
      locale = new Intl.Locale(value).maximize();
    } catch {
      return null;
    }
    if (locale.language === 'en') return 'en';
    if (locale.language === 'pa') return locale.script === 'Guru' ? 'pa' : null; // not Shahmukhi
    if (locale.language === 'zh' || locale.language === 'yue') return locale.script === 'Hans' ? 'zh-Hans' : 'zh-Hant';
    return null;
  }

  /** The script for 中文: the browser's Chinese, else the clinic's default (Traditional). */
  function chineseScript() {
    var preferred = navigator.languages || [navigator.language];
    for (var i = 0; i < preferred.length; i++) {
      if (/^(zh|yue)\b/i.test(preferred[i] || '') && !/^zh$/i.test(preferred[i])) return languageOf(preferred[i]);
    }
    return state.cfg.languages.defaultChineseScript;
  }

  /** The person's earlier choice in this tab, the page's data-language, its <html lang>, the browser's language, else English. */
  function initialLanguage(cfg) {
    var saved = readJson(sessionStorage, LANGUAGE_KEY);
    if (saved && cfg.languages.locales[saved]) return saved;
    var candidates = [PAGE_LANGUAGE, document.documentElement.lang].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var language = languageOf(candidates[i]);
      if (language) return language;
    }
    return 'en';
  }

  function familyOf(language) {
    return language.slice(0, 2);
  }

  function currentLocale() {
    return state.cfg.languages.locales[state.language] || state.cfg.locale;
  }

  function buildLanguageBar(cfg) {
    return el(
      'div',
      { class: 'nordel-chat__languages', role: 'group' },
      cfg.languages.choices.map(function (choice) {
        return el('button', {
          type: 'button',
          class: 'nordel-chat__language',
          lang: choice.language,
          'data-language': choice.language,
          'aria-pressed': 'false',
          text: choice.label,
          onclick: function () {
            setLanguage(choice.language);
          },
        });
      }),
    );
  }

  /** Marks the chosen button and sets lang on the widget, so each script gets its own fonts (widget.css). */
  function showLanguage() {
    state.ui.root.setAttribute('lang', state.language);
    var buttons = state.ui.languages.querySelectorAll('.nordel-chat__language');
    for (var i = 0; i < buttons.length; i++) {
      var code = buttons[i].getAttribute('data-language');
      buttons[i].setAttribute('aria-pressed', String(familyOf(code) === familyOf(state.language)));
    }
  }

  /**
   * Switches the chat's language: Web Chat's locale (its own words, and the locale on every message,
   * which the bot reads as a hint) and the fonts. `tell` (a click on the language bar, or a page's call)
   * also sends the choice to the bot as the label it offers itself, so its replies follow at once.
   */
  function setLanguage(tag, tell) {
    // 中文 while already in Chinese keeps the script in use (简体 / 繁體 change it).
    var language = /^zh$/i.test(String(tag)) && familyOf(state.language) === 'zh' ? state.language : languageOf(tag);
    if (!language || !state.ui) return;
    var changed = language !== state.language;
    state.language = language;
    writeJson(sessionStorage, LANGUAGE_KEY, language);
    showLanguage();
    if (!changed) return;
    showTexts();
    if (state.store) draw();
    if (tell !== false && state.started) {
      var choices = state.cfg.languages.choices.concat(state.cfg.languages.scripts);
      var label = choices.filter(function (choice) {
        return choice.language === tag;
      })[0];
      var generic = state.cfg.languages.choices.filter(function (choice) {
        return familyOf(choice.language) === familyOf(language);
      })[0];
      ask((label || generic).label);
    }
  }

  /** A language label the person sent (the bot's own ਪੰਜਾਬੀ / 中文 / 简体 buttons): the widget follows it. */
  function followLanguageLabel(text) {
    var choices = state.cfg.languages.choices.concat(state.cfg.languages.scripts);
    for (var i = 0; i < choices.length; i++) {
      if (choices[i].label === (text || '').trim()) {
        var language = choices[i].language;
        setTimeout(function () {
          setLanguage(language, false);
        }, 0);
        return;
      }
    }
  }

  /**
   * A reply in another language (someone typed in Punjabi in a chat that was in English): the widget's own
   * words follow the bot's, as they would after a tap on the language bar. Replies carry their language's locale.
   */
  function followReplyLocale(activity) {
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role !== 'bot' || !activity.locale) return;
    var language = languageOf(activity.locale);
    if (!language || language === state.language) return;
    setTimeout(function () {
      setLanguage(language, false);
    }, 0);
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
        showStatus('unavailable');
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

  /** The status over the chat: 'connecting', 'unavailable', or '' for none. */
  function showStatus(key) {
    state.statusKey = key;
    state.ui.status.textContent = key ? texts()[key] : '';
    state.ui.status.hidden = !key;
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

  /** The notice above the chat: 'reconnected', or '' for none. */
  function showNotice(key) {
    var notice = state.ui.notice;
    state.noticeKey = key;
    notice.querySelector('.nordel-chat__notice-text').textContent = key ? texts()[key] : '';
    notice.hidden = !key;
  }

  /** The hint under the send box when a message reaches the length limit. */
  function showHint(shown) {
    state.hintShown = shown;
    state.ui.hint.textContent = shown ? texts().tooLong : '';
    state.ui.hint.hidden = !shown;
  }

  // ---- The send box: no message longer than the bot reads ----------------------------------

  function sendBoxInput() {
    return state.ui && state.ui.webchat.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
  }

  function limitSendBox() {
    var input = sendBoxInput();
    var max = state.cfg.maxMessageChars;
    if (!input || input.maxLength === max) return;
    // The browser then cuts a longer paste to the limit; the hint says why.
    input.maxLength = max;
    input.addEventListener('input', function () {
      showHint(input.value.length >= max);
    });
  }

  // ---- "Was this helpful?": one small row under the suggestions -------------------------------

  function buildFeedbackRow() {
    var row = el('div', { class: 'nordel-chat__feedback', role: 'group' });
    row.hidden = true;
    return row;
  }

  /** The bot's feedback card in an activity ({ index, actions }), found by the key its buttons carry. */
  function feedbackCardOf(activity) {
    var key = state.cfg.feedbackKey;
    var attachments = activity.attachments || [];
    for (var i = 0; i < attachments.length; i++) {
      var content = attachments[i].content || {};
      var actions = (content.actions || []).filter(function (action) {
        return action && action.data && action.data[key] !== undefined;
      });
      if (attachments[i].contentType === 'application/vnd.microsoft.card.adaptive' && actions.length) {
        return { index: i, actions: actions };
      }
    }
    return null;
  }

  function showFeedback(card) {
    state.feedback = card;
    drawFeedback();
  }

  /** The row for the latest answer, in the chat's language; its buttons send the card's own data. */
  function drawFeedback() {
    var row = state.ui.feedback;
    var card = state.feedback;
    var words = texts().feedback;
    row.textContent = '';
    row.hidden = !card;
    if (!card) return;
    row.setAttribute('aria-label', words.prompt);
    row.appendChild(el('span', { class: 'nordel-chat__feedback-prompt', text: words.prompt }));
    card.actions.forEach(function (action) {
      var vote = action.data[state.cfg.feedbackKey];
      row.appendChild(
        el('button', {
          type: 'button',
          class: 'nordel-chat__feedback-button',
          text: words[vote] || action.title,
          onclick: function () {
            // Sent as the card's own button would send it: a message with the data as its value.
            state.store.dispatch({ type: 'WEB_CHAT/SEND_POST_BACK', payload: { value: action.data } });
            showFeedback(null);
          },
        }),
      );
    });
    keepInPlace();
  }

  /** Puts the feedback row right under Web Chat's suggested actions (above the text box). */
  function keepInPlace() {
    var row = state.ui.feedback;
    var sendBox = state.ui.webchat.querySelector('.webchat__send-box');
    var main = sendBox && sendBox.querySelector('.webchat__send-box__main');
    if (main && main.parentNode === sendBox) {
      if (row.nextSibling !== main || row.parentNode !== sendBox) sendBox.insertBefore(row, main);
    } else if (row.parentNode !== state.ui.webchat.parentNode) {
      state.ui.webchat.parentNode.appendChild(row);
    }
  }

  // ---- Joining, resuming and recovering the conversation --------------------------------------

  function newSession() {
    // The locale makes the bot's welcome speak the page's language.
    return fetch(abs(state.cfg.tokenUrl), { method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ locale: currentLocale() }) })
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
    writeJson(sessionStorage, TRANSCRIPT_KEY, null);
    return newSession();
  }

  /** Messages worth showing again (sent or received; not typing, not a send still pending). */
  function keptActivities(activities) {
    return activities
      .filter(function (activity) {
        if (activity.type !== 'message') return false;
        var sent = activity.channelData && activity.channelData.state;
        return !(activity.from && activity.from.role === 'user') || !sent || sent === 'sent';
      })
      .slice(-SAVED_ACTIVITIES);
  }

  function saveTranscript() {
    if (!state.store) return;
    writeJson(sessionStorage, TRANSCRIPT_KEY, { activities: keptActivities(state.store.getState().activities) });
  }

  /** The transcript this tab showed before a reload (the bot may have restarted since and forgotten it). */
  function savedActivities() {
    var saved = readJson(sessionStorage, TRANSCRIPT_KEY);
    return saved && Array.isArray(saved.activities) ? saved.activities : [];
  }

  function start() {
    var cfg = state.cfg;
    return Promise.all([loadScript(abs(cfg.webChatUrl)), session()]).then(function (results) {
      var current = results[1];
      render(current, current.resumed ? savedActivities() : []);
    });
  }

  /**
   * The connection cannot be restored (the token expired or was refused, the conversation ended):
   * a new conversation, with the transcript kept on screen and a notice that says what happened.
   */
  function recover(attempt) {
    if (state.recovering && !attempt) return;
    state.recovering = true;
    state.connected = false;
    var carried = state.store ? keptActivities(state.store.getState().activities) : savedActivities();
    if (state.directLine && state.directLine.end) {
      try {
        state.directLine.end();
      } catch {
        /* already ended */
      }
    }
    var tries = attempt || 0;
    setTimeout(function () {
      newSession().then(
        function (current) {
          state.recovering = false;
          render(current, carried);
          showNotice('reconnected');
        },
        function (error) {
          console.warn('[nordel-chat] could not reconnect:', error);
          if (tries + 1 < RECOVERY_DELAYS_MS.length) return recover(tries + 1);
          state.recovering = false;
          showStatus('unavailable');
        },
      );
    }, RECOVERY_DELAYS_MS[tries]);
  }

  function render(current, carried) {
    var cfg = state.cfg;
    var WebChat = window.WebChat;
    var domain = cfg.directLineDomain || origin + '/v3/directline';
    // A resumed conversation reconnects (GET /conversations/:id) and replays what the bot still
    // holds; the transcript saved in the tab covers what it no longer does (after a restart).
    var directLine = WebChat.createDirectLine({
      token: current.token,
      conversationId: current.resumed ? current.conversationId : undefined,
      domain: domain,
      webSocket: true,
    });
    state.directLine = directLine;
    state.connected = false;

    directLine.connectionStatus$.subscribe(function (status) {
      if (state.directLine !== directLine) return; // replaced by a newer connection
      // 2 Online, 3 ExpiredToken, 4 FailedToConnect, 5 Ended
      if (status === 2) {
        showStatus('');
        focusSendBox();
      } else if (status === 3 || status === 4 || status === 5) {
        recover();
      }
    });

    // DirectLineJS refreshes its token every 15 minutes; keep the saved copy current.
    setInterval(function () {
      if (state.directLine === directLine && directLine.token && directLine.token !== current.token) {
        current.token = directLine.token;
        current.expiresAt = tokenExpiry(current.token, Date.now() + 30 * 60 * 1000);
        writeJson(sessionStorage, SESSION_KEY, { token: current.token, conversationId: current.conversationId, expiresAt: current.expiresAt });
      }
    }, 60 * 1000);

    var last = carried[carried.length - 1];
    var initialState = {
      activities: carried,
      suggestedActions: last && last.from && last.from.role === 'bot' && last.suggestedActions ? last.suggestedActions.actions || [] : [],
    };
    var store = WebChat.createStore(initialState, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            setTimeout(function () {
              state.connected = true;
              flushPending();
            }, 0);
          } else if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            followReplyLocale(action.payload && action.payload.activity);
            action = withCompactFeedback(action);
          } else if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            var outgoing = action.payload && action.payload.activity;
            if (outgoing && outgoing.type === 'message') followLanguageLabel(outgoing.text);
          }
          if (action.type === 'WEB_CHAT/SEND_MESSAGE') {
            showFeedback(null);
            showNotice('');
            showHint(false);
          }
          return next(action);
        };
      };
    });
    state.store = store;
    var saving;
    store.subscribe(function () {
      clearTimeout(saving);
      saving = setTimeout(saveTranscript, 250);
    });

    draw();
    limitSendBox();
    keepInPlace();
  }

  /** (Re)draws Web Chat with the current connection, store and language (a new locale re-renders in place). */
  function draw() {
    var cfg = state.cfg;
    var accent = cfg.theme.accent;
    window.WebChat.renderWebChat(
      {
        directLine: state.directLine,
        store: state.store,
        locale: currentLocale(),
        // Web Chat's own words (send box, connection and message status) from the knowledge base: it has none for Punjabi.
        overrideLocalizedStrings: texts().webChat,
        styleOptions: {
          // The widget's font stack for the language (widget.css: Noto Sans Gurmukhi, Noto Sans CJK, ...).
          primaryFont: getComputedStyle(state.ui.webchat).fontFamily,
          accent: accent,
          backgroundColor: '#ffffff',
          botAvatarImage: abs(cfg.avatarUrl),
          botAvatarInitials: cfg.botAvatarInitials,
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: accent,
          bubbleFromUserTextColor: cfg.theme.accentText,
          bubbleFromUserBorderRadius: 12,
          hideUploadButton: true,
          sendBoxButtonColor: accent,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 999,
          rootHeight: '100%',
        },
      },
      state.ui.webchat,
    );
  }

  /**
   * A bot message with the feedback card: the card leaves the transcript (its two large buttons
   * pushed the answer off the panel) and becomes the small row under the suggestions. Any other
   * bot message clears the row: feedback is asked for the latest answer only.
   */
  function withCompactFeedback(action) {
    var activity = action.payload && action.payload.activity;
    if (!activity || activity.type !== 'message' || !activity.from || activity.from.role !== 'bot') return action;
    var card = feedbackCardOf(activity);
    setTimeout(function () {
      showFeedback(card);
    }, 0);
    if (!card) return action;
    var attachments = activity.attachments.slice();
    attachments.splice(card.index, 1);
    var compact = Object.assign({}, activity, { attachments: attachments });
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: compact }) });
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
