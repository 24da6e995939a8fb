/*
 * Attune's loader: the one script a website includes.
 *   <script src="https://HOST/attune/widget.js" data-attune-key="demo" async></script>
 * It adds a single iframe served by Attune, so the chat is isolated from the host page's styles and
 * scripts, and resizes it when the chat opens or closes. It tells the frame this page's path and title. The only other thing it changes is the page's
 * title, which flashes a count while new chat messages wait unseen.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__attuneWidget) {
    return;
  }
  window.__attuneWidget = true;
  var attune = new URL(script.src, document.baseURI).origin;
  var key = script.getAttribute('data-attune-key') || 'default';
  var frame = document.createElement('iframe');
  var phone = window.matchMedia('(max-width: 480px)');
  var open = false;

  // The page the customer chats from (its path, never its query, and title) and so the agent knows where they are.
  frame.src = attune + '/attune/frame.html?key=' + encodeURIComponent(key)
      + '&page=' + encodeURIComponent(location.pathname.slice(0, 200))
      + '&title=' + encodeURIComponent(String(document.title || '').slice(0, 120));
  frame.title = 'Chat with us';
  frame.setAttribute('data-attune', 'widget');

  // Inline !important styles: a host page's stylesheet cannot move or hide the chat.
  function style(props) {
    Object.keys(props).forEach(function (name) {
      frame.style.setProperty(name, props[name], 'important');
    });
  }

  function layout() {
    var base = {
      position: 'fixed', border: '0', margin: '0', padding: '0', 'z-index': '2147483000',
      background: 'transparent', 'color-scheme': 'normal', 'max-width': '100vw', 'max-height': '100vh'
    };
    if (!open) {
      base.width = '88px'; base.height = '88px'; base.right = '8px'; base.bottom = '8px';
      base.left = 'auto'; base.top = 'auto';
    } else if (phone.matches) {
      base.width = '100vw'; base.height = '100vh'; base.right = '0'; base.bottom = '0';
      base.left = '0'; base.top = '0';
    } else {
      base.width = '400px'; base.height = 'min(640px, calc(100vh - 16px))'; base.right = '8px'; base.bottom = '8px';
      base.left = 'auto'; base.top = 'auto';
    }
    style(base);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== attune || event.source !== frame.contentWindow || !event.data) {
      return;
    }
    if (event.data.type === 'attune:open' || event.data.type === 'attune:close') {
      open = event.data.type === 'attune:open';
      layout();
    } else if (event.data.type === 'attune:unread') {
      flashTitle(Math.max(0, Math.floor(Number(event.data.count) || 0)));
    }
  });

  // New messages while the chat is closed: the page's title alternates with a count until they are seen.
  var title = null;
  var flashing = null;
  function flashTitle(count) {
    clearInterval(flashing);
    flashing = null;
    if (title !== null) {
      document.title = title;
    }
    if (count === 0) {
      title = null;
      return;
    }
    title = document.title;
    var note = '(' + count + ') New message' + (count === 1 ? '' : 's');
    flashing = setInterval(function () {
      document.title = document.title === note ? title : note;
    }, 1500);
    document.title = note;
  }
  phone.addEventListener('change', layout);

  function mount() {
    layout();
    document.body.appendChild(frame);
  }

  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
