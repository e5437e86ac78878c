/* Payoff website script. Install: <script defer src="https://YOUR-PAYOFF/p.js" data-site="SITE_KEY"></script>
   Records page views (single-page-app navigation included), outbound link clicks, and
   payoff('lead' | 'conversion' | 'customer', {contactId, value, currency, name}).
   Never throws into the page. Opt out on a browser: localStorage.setItem('payoff_ignore', 'true'). */
(function (w, d) {
  'use strict';
  try {
    var s = d.currentScript, n = w.navigator;
    if (!s || !s.getAttribute('data-site')) return;
    var site = s.getAttribute('data-site');
    var api = s.getAttribute('data-api') || new URL(s.src, w.location.href).origin + '/api/event';
    var cookieMode = (s.getAttribute('data-identity') || 'cookie') === 'cookie';
    var honourDnt = s.getAttribute('data-honour-dnt') === 'true';
    var queued = (w.payoff && w.payoff.q) || [];
    var lastUrl = null;

    var optedOut = function () {
      try { if (w.localStorage && w.localStorage.getItem('payoff_ignore') === 'true') return true; } catch (e) { /* storage blocked */ }
      return honourDnt && (n.doNotTrack === '1' || w.doNotTrack === '1' || n.globalPrivacyControl === true);
    };
    var id = function () {
      try { if (w.crypto && w.crypto.randomUUID) return w.crypto.randomUUID().replace(/-/g, ''); } catch (e) { /* insecure context */ }
      var r = ''; for (var i = 0; i < 32; i++) r += Math.floor(Math.random() * 16).toString(16); return r;
    };
    var visitor = function () {
      if (!cookieMode) return null;
      var m = d.cookie.match(/(?:^|;\s*)_pf_vid=([A-Za-z0-9_-]{8,64})/);
      if (m) return m[1];
      var v = id();
      d.cookie = '_pf_vid=' + v + '; Max-Age=34128000; Path=/; SameSite=Lax' + (w.location.protocol === 'https:' ? '; Secure' : '');
      return d.cookie.indexOf('_pf_vid=' + v) >= 0 ? v : null;
    };
    var send = function (event) {
      try {
        if (optedOut()) return;
        event.site = site;
        event.event_id = id();
        event.ts = event.ts || Date.now();
        var v = visitor();
        if (v) event.visitor = v;
        event.sent_at = Date.now();
        var body = JSON.stringify(event);
        if (n.sendBeacon && n.sendBeacon(api, new Blob([body], { type: 'text/plain' }))) return;
        if (w.fetch) w.fetch(api, { method: 'POST', body: body, keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } })['catch'](function () { /* offline */ });
      } catch (e) { /* never break the page */ }
    };
    var pageview = function () {
      var url = w.location.href.split('#')[0];
      if (url === lastUrl) return;
      var referrer = lastUrl || d.referrer || null;
      lastUrl = url;
      send({ type: 'pageview', url: url, referrer: referrer });
    };
    var api2 = function (type, props) {
      try {
        props = props || {};
        if (type !== 'lead' && type !== 'conversion' && type !== 'customer') return;
        send({ type: type, url: w.location.href, referrer: d.referrer || null, contact_id: props.contactId != null ? String(props.contactId) : null,
          value: typeof props.value === 'number' ? props.value : null, currency: props.currency || null, name: props.name || null });
      } catch (e) { /* never break the page */ }
    };
    w.payoff = api2;
    for (var q = 0; q < queued.length; q++) api2.apply(null, queued[q]);

    var wrap = function (name) {
      var original = w.history[name];
      if (!original) return;
      w.history[name] = function () {
        var result = original.apply(this, arguments);
        try { pageview(); } catch (e) { /* never break the page */ }
        return result;
      };
    };
    wrap('pushState');
    wrap('replaceState');
    w.addEventListener('popstate', function () { try { pageview(); } catch (e) { /* ignore */ } });
    d.addEventListener('click', function (e) {
      try {
        var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
        if (!a || !/^https?:$/.test(a.protocol) || a.host === w.location.host) return;
        send({ type: 'outbound', url: w.location.href, name: a.href });
      } catch (err) { /* never break the page */ }
    }, true);
    if (d.visibilityState === 'prerender') {
      d.addEventListener('visibilitychange', function once() { if (d.visibilityState !== 'prerender') { d.removeEventListener('visibilitychange', once); pageview(); } });
    } else {
      pageview();
    }
  } catch (e) { /* never break the page */ }
})(window, document);
