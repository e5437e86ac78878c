// Payoff dashboard: the few things that need script (the pages work without it otherwise).
// Served from /dashboard.js; the content security policy allows no inline script.
// Text from the server is always set with textContent, never parsed as HTML.
(function () {
  'use strict';

  function debounce(fn, ms) {
    var timer;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  function fields(form) {
    var params = new URLSearchParams();
    form.querySelectorAll('[data-field]').forEach(function (el) { params.set(el.getAttribute('data-field'), el.value); });
    var w = form.querySelector('input[name="w"]');
    if (w) { params.set('w', w.value); }
    return params;
  }

  function list(ul, items) {
    ul.textContent = '';
    (items || []).forEach(function (text) { var li = document.createElement('li'); li.textContent = text; ul.appendChild(li); });
  }

  // The UTM builder: the tagged URL, short link and warnings as the user types. A field's error shows only once
  // the user has typed in or left that field (or submitted): an empty, untouched required field is not yet wrong.
  var builder = document.getElementById('link-builder');
  if (builder) {
    var touched = {};
    // The field a preview error is about: "The source tag …" → source, "The slug …" → slug, anything else → the page URL.
    var fieldOf = function (error) {
      var tag = /^The (\w+) tag/.exec(error);
      return tag ? tag[1] : (/^The slug/.test(error) ? 'slug' : 'to');
    };
    var preview = debounce(function () {
      fetch('/links/preview?' + fields(builder).toString(), { credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (p) {
          document.getElementById('link-preview-url').textContent = p.tagged_url || '—';
          document.getElementById('link-preview-short').textContent = p.short_url || '—';
          document.getElementById('link-preview-short-note').textContent = p.short_note || '';
          document.getElementById('link-preview-error').textContent = p.error && touched[fieldOf(p.error)] ? p.error : '';
          list(document.getElementById('link-preview-warnings'), p.warnings);
        });
    }, 250);
    var touch = function (ev) {
      var name = ev.target && ev.target.getAttribute && ev.target.getAttribute('data-field');
      if (name) { touched[name] = true; preview(); }
    };
    builder.addEventListener('input', touch);
    builder.addEventListener('focusout', touch);
    builder.addEventListener('submit', function () {
      builder.querySelectorAll('[data-field]').forEach(function (el) { touched[el.getAttribute('data-field')] = true; });
    });
    preview();
  }

  // The goal form: the SMART check as the user types.
  var goal = document.getElementById('goal-form');
  if (goal) {
    var check = debounce(function () {
      fetch('/goals/check?' + fields(goal).toString(), { credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (c) {
          var box = document.getElementById('smart-live');
          box.hidden = false;
          var letters = [['S', c.specific], ['M', c.measurable], ['A', c.achievable], ['R', c.realistic], ['T', c.time_bound]];
          var line = document.getElementById('smart-letters');
          line.textContent = '';
          if (c.error) {
            line.textContent = c.error;
          } else {
            letters.forEach(function (l) {
              var span = document.createElement('span');
              span.className = l[1] ? 'up' : 'down';
              span.textContent = l[0] + (l[1] ? ' ✓ ' : ' ✗ ');
              line.appendChild(span);
            });
          }
          list(document.getElementById('smart-reasons'), c.reasons);
        });
    }, 300);
    goal.addEventListener('input', check);

    // The baseline follows the metric, network, campaign and days chosen until the user types one of their own.
    var baseline = goal.querySelector('[data-field="baseline"]');
    if (baseline && baseline.getAttribute('data-suggested') === 'true') {
      // The hidden fields tell the server which fields the baseline was measured for: posted before the new one
      // arrives, the server measures it again for the fields posted instead of keeping the previous metric's number.
      var suggested = goal.querySelector('[data-field="suggested"]');
      var suggestedFor = goal.querySelector('[data-field="suggested-for"]');
      baseline.addEventListener('input', function () { baseline.removeAttribute('data-suggested'); });
      var suggest = debounce(function () {
        if (baseline.getAttribute('data-suggested') !== 'true') { return; }
        fetch('/goals/baseline?' + fields(goal).toString(), { credentials: 'same-origin' })
          .then(function (r) { return r.json(); })
          .then(function (s) {
            if (baseline.getAttribute('data-suggested') !== 'true') { return; }
            baseline.value = s.baseline || '';
            if (suggested) { suggested.value = baseline.value; }
            if (suggestedFor) { suggestedFor.value = s.key || ''; }
            check();
          });
      }, 300);
      var stale = function () {
        if (baseline.getAttribute('data-suggested') !== 'true') { return; }
        baseline.value = '';
        if (suggested) { suggested.value = ''; }
        suggest();
      };
      ['metric', 'network', 'campaign', 'start', 'deadline'].forEach(function (name) {
        var field = goal.querySelector('[data-field="' + name + '"]');
        if (field) { field.addEventListener('change', stale); }
      });
    }
  }

  // Imports: drop files on the zone, upload them with a progress bar, then see what was detected.
  var upload = document.getElementById('upload-form');
  if (upload) {
    var input = upload.querySelector('input[type=file]');
    var zone = upload.querySelector('.dropzone');
    var chosen = document.getElementById('upload-chosen');
    var show = function () { chosen.textContent = Array.prototype.map.call(input.files, function (f) { return f.name; }).join(', '); };
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (e) { zone.addEventListener(e, function (ev) { ev.preventDefault(); zone.classList.add('over'); }); });
    ['dragleave', 'drop'].forEach(function (e) { zone.addEventListener(e, function () { zone.classList.remove('over'); }); });
    zone.addEventListener('drop', function (ev) { ev.preventDefault(); input.files = ev.dataTransfer.files; show(); });
    upload.addEventListener('submit', function (ev) {
      ev.preventDefault();
      if (!input.files.length) { chosen.textContent = 'Choose or drop at least one file.'; return; }
      var data = new FormData();
      Array.prototype.forEach.call(input.files, function (f) { data.append('file', f, f.name); });
      var bar = document.getElementById('upload-progress');
      var status = document.getElementById('upload-status');
      bar.hidden = false;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', upload.action);
      xhr.setRequestHeader('RequestVerificationToken', upload.querySelector('input[name="__RequestVerificationToken"]').value);
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); } };
      xhr.onload = function () {
        if (xhr.status >= 200 && xhr.status < 300 && xhr.responseURL) { window.location.href = xhr.responseURL; return; }
        var message = xhr.responseText;
        try { message = JSON.parse(xhr.responseText).detail || message; } catch (e) { /* plain text */ }
        status.textContent = 'Upload failed (' + xhr.status + '): ' + message;
      };
      xhr.onerror = function () { status.textContent = 'Upload failed: the server could not be reached.'; };
      status.textContent = 'Uploading and checking…';
      xhr.send(data);
    });
  }

  // Keyboard access to wide tables (issue 15 §7): a box that scrolls sideways and holds nothing focusable
  // becomes a labelled region in the tab order, so arrow keys scroll it; one that fits leaves the tab order.
  var scrollers = function () {
    document.querySelectorAll('.scroll').forEach(function (box) {
      if (box.closest('details:not([open])')) { return; }
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      var focusable = box.querySelector('a[href], button, input, select, textarea, [tabindex]');
      if (scrolls && !focusable) {
        var section = box.closest('section');
        var heading = box.querySelector('caption') || (section && section.querySelector('h2, h3'));
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', (heading ? heading.textContent.trim() + ' ' : '') + '(table, scrolls sideways)');
      } else if (box.getAttribute('role') === 'region') {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  };
  scrollers();
  window.addEventListener('resize', debounce(scrollers, 200));
  document.querySelectorAll('details.chart-table').forEach(function (d) { d.addEventListener('toggle', scrollers); });

  // The skip link moves focus into <main> for this one jump; main is not focusable otherwise, so a click inside
  // it leaves Tab going on from the clicked place instead of from the top of the page.
  var skip = document.querySelector('a.skip');
  var main = document.getElementById('main');
  if (skip && main) {
    skip.addEventListener('click', function (e) {
      e.preventDefault();
      main.setAttribute('tabindex', '-1');
      main.focus();
      main.addEventListener('blur', function () { main.removeAttribute('tabindex'); }, { once: true });
    });
  }
}());
