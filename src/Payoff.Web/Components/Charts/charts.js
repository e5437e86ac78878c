// Payoff dashboard charts: draws every <figure class="chart"> from the JSON the server wrote beside it, with
// Apache ECharts (served by Payoff at /echarts-6.1.0.min.js, loaded only on pages that have a chart).
// Served from /charts.js; the content security policy allows no inline script. Labels are untrusted text:
// ECharts draws them as SVG text, and the tooltip is built from text nodes (textContent), never from HTML.
(function () {
  'use strict';

  var plots = document.querySelectorAll('figure.chart .chart-plot');
  if (!plots.length) { return; }

  // WCAG AA against white: text 4.5:1 and more, lines and bars 3:1 and more.
  var palette = ['#2456d6', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#475569'];
  var ink = '#1d2433';
  var muted = '#4a5263';
  var line = '#e2e6ee';

  // Axis ticks in the workspace's locale (data.locale, e.g. pl-PL: 12 345; 1,2 tys.); tooltips and tables carry the server's texts.
  function ticker(locale) {
    var tag = 'en';
    try { tag = Intl.NumberFormat.supportedLocalesOf([locale || 'en']).length ? locale : 'en'; } catch (e) { tag = 'en'; }
    // Latin digits in every locale, as .NET writes the tables' numbers (ar-SA included).
    var compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1, numberingSystem: 'latn' });
    var plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, numberingSystem: 'latn' });
    return function (v) { return Math.abs(v) >= 10000 ? compact.format(v) : plain.format(v); };
  }

  function translucent(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ', ' + ((n >> 8) & 255) + ', ' + (n & 255) + ', ' + alpha + ')';
  }

  function isPartial(data, i) { return (data.partial >= 0 && i >= data.partial) || (data.partialFirst && i === 0); }

  function hasPartial(data) { return data.partial >= 0 || data.partialFirst; }

  function heading(data, i) { return data.labels[i] + (isPartial(data, i) ? ' (' + data.partialNote + ')' : ''); }

  // The points shown at label i: every series with a value there, with the text the table shows.
  function rows(data, i) {
    return data.series.filter(function (s) { return s.values[i] !== null; })
      .map(function (s) { return { name: s.name, text: s.texts[i], color: s.color }; });
  }

  // The tooltip, built from text nodes only.
  function tip(data, i) {
    var box = document.createElement('div');
    var head = document.createElement('strong');
    head.textContent = heading(data, i);
    box.appendChild(head);
    rows(data, i).forEach(function (r) {
      var row = document.createElement('div');
      row.className = 'chart-tip-row';
      var mark = document.createElement('span');
      mark.className = 'chart-tip-mark';
      mark.style.background = r.color;
      var name = document.createElement('span');
      name.textContent = r.name + ': ';
      var value = document.createElement('b');
      value.textContent = r.text;
      row.appendChild(mark);
      row.appendChild(name);
      row.appendChild(value);
      box.appendChild(row);
    });
    return box;
  }

  function spoken(data, i) {
    return heading(data, i) + '. ' + rows(data, i).map(function (r) { return r.name + ': ' + r.text; }).join('. ');
  }

  function integers(series) {
    return series.every(function (s) { return s.values.every(function (v) { return v === null || Math.round(v) === v; }); });
  }

  // Rows the legend takes at this width: each item is its text (measured in the legend's font), the 25 px
  // symbol, 5 px before the text and the 14 px gap; a little slack so a row never runs into the axis.
  var measure = document.createElement('canvas').getContext('2d');
  function legendRows(names, width) {
    var rowsUsed = 1;
    var used = 0;
    if (measure) { measure.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'; }
    names.forEach(function (n) {
      var text = measure ? measure.measureText(n).width : n.length * 7;
      var w = Math.ceil(text * 1.08) + 25 + 5 + 14;
      if (used + w > width - 16 && used > 0) { rowsUsed += 1; used = 0; }
      used += w;
    });
    return rowsUsed;
  }

  function option(data, width) {
    var narrow = width < 560;
    var bar = data.kind === 'bar';
    var horizontal = bar && data.horizontal;
    var n = data.labels.length;
    var partialName = hasPartial(data) ? (bar ? 'Hatched: ' : 'Dashed: ') + data.partialNote : null;
    var series = [];
    var legend = [];
    var hasRight = data.series.some(function (s) { return s.axis === 1; });
    var color = 0;

    data.series.forEach(function (s, k) {
      if (s.stroke === 'bandhigh') { return; }
      s.color = palette[color % palette.length];
      color += 1;
      var axis = horizontal ? { xAxisIndex: s.axis } : { yAxisIndex: s.axis };
      if (s.stroke === 'bandlow' && data.series[k + 1] && data.series[k + 1].stroke === 'bandhigh') {
        // The interval takes the colour of the series before it (the forecast it surrounds).
        var high = data.series[k + 1];
        s.color = high.color = k > 0 ? data.series[k - 1].color : s.color;
        var band = s.name + ' to ' + high.name;
        legend.push(band);
        var fill = { color: translucent(s.color, 0.2) };
        series.push(Object.assign({ name: band, type: 'line', stack: 'band' + k, data: s.values, symbol: 'none', lineStyle: { opacity: 0 }, itemStyle: fill, silent: true }, axis));
        series.push(Object.assign({
          name: band, type: 'line', stack: 'band' + k, symbol: 'none', lineStyle: { opacity: 0 }, silent: true,
          areaStyle: fill, itemStyle: fill,
          data: high.values.map(function (h, i) { return h === null || s.values[i] === null ? null : h - s.values[i]; }),
        }, axis));
        return;
      }

      legend.push(s.name);
      var type = s.stroke === 'dashed' ? 'dashed' : s.stroke === 'dotted' ? 'dotted' : 'solid';
      if (bar) {
        series.push(Object.assign({
          name: s.name, type: 'bar', itemStyle: { color: s.color }, barMaxWidth: 48, barGap: data.overlap ? '-100%' : '10%',
          data: s.values.map(function (v, i) {
            return isPartial(data, i) && v !== null
              ? { value: v, itemStyle: { color: s.color, opacity: 0.55, borderColor: s.color, borderType: 'dashed', borderWidth: 2, decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: 'rgba(255, 255, 255, 0.75)' } } }
              : v;
          }),
        }, axis));
        return;
      }

      var base = { name: s.name, type: 'line', symbol: 'circle', symbolSize: 6, showSymbol: n <= 45, connectNulls: false, itemStyle: { color: s.color } };
      series.push(Object.assign({}, base, axis, {
        lineStyle: { color: s.color, width: 2, type: type },
        data: hasPartial(data) ? s.values.map(function (v, i) { return isPartial(data, i) ? null : v; }) : s.values,
      }));
      if (hasPartial(data)) {
        // The unfinished stretches: dashed to the first whole period and from the last one, hollow points.
        series.push(Object.assign({}, base, axis, {
          symbol: 'emptyCircle',
          lineStyle: { color: s.color, width: 2, type: 'dashed' },
          data: s.values.map(function (v, i) { return (data.partial >= 0 && i >= data.partial - 1) || (data.partialFirst && i <= 1) ? v : null; }),
        }));
      }
    });

    if (partialName) {
      legend.push(partialName);
      series.push({ name: partialName, type: bar ? 'bar' : 'line', data: [], itemStyle: { color: '#8a93a6', borderType: 'dashed' }, lineStyle: { color: '#5b6478', type: 'dashed' } });
    }

    var axisText = { fontSize: 12, color: muted };
    var values = [0, 1].filter(function (a) { return a === 0 || hasRight; }).map(function (a) {
      var own = data.series.filter(function (s) { return s.axis === a; });
      return {
        type: 'value',
        scale: !data.zero,
        minInterval: integers(own) ? 1 : null,
        splitNumber: narrow ? 3 : 5,
        name: hasRight ? own.filter(function (s) { return s.stroke !== 'bandhigh'; }).map(function (s) { return s.name; }).join(', ') : null,
        nameTextStyle: { fontSize: 12, color: muted, align: horizontal ? null : (a === 0 ? 'left' : 'right') },
        nameTruncate: { maxWidth: narrow ? 150 : 300 },
        position: horizontal ? (a === 0 ? 'bottom' : 'top') : (a === 0 ? 'left' : 'right'),
        alignTicks: a === 1 ? true : null,
        axisLabel: Object.assign({ formatter: ticker(data.locale), hideOverlap: true }, axisText),
        splitLine: { show: a === 0, lineStyle: { color: line } },
      };
    });

    var room = horizontal ? Math.max(80, Math.min(220, width * 0.34)) : Math.max(60, (width - 60) / Math.max(n, 1) - 4);
    var category = {
      type: 'category',
      data: data.labels,
      boundaryGap: true,
      inverse: horizontal,
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: '#8a93a6' } },
      axisLabel: Object.assign({ interval: 'auto', hideOverlap: true, overflow: 'truncate', width: room, ellipsis: '…', margin: 12 }, axisText),
    };

    // On a phone the legend goes above the plot, away from the value axis at the bottom, with room to spare for its rows.
    var legendHeight = legend.length > 1 ? legendRows(legend, width) * (narrow ? 24 : 22) : 0;
    return {
      animation: false,
      aria: { enabled: true, label: { description: data.description } },
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', color: ink },
      color: palette,
      legend: Object.assign({ show: legend.length > 1, data: legend, left: 'center', itemGap: 14, textStyle: { fontSize: 12, color: ink }, selectedMode: true }, narrow ? { top: 0 } : { bottom: 0 }),
      grid: { left: 4, right: hasRight && !horizontal ? 4 : 12, top: (hasRight ? 28 : 12) + (narrow ? legendHeight : 0), bottom: (narrow ? 0 : legendHeight) + 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
      xAxis: horizontal ? values : category,
      yAxis: horizontal ? category : values,
      tooltip: {
        trigger: 'axis',
        confine: true,
        className: 'chart-tip',
        backgroundColor: '#fff',
        borderColor: '#c8cfdb',
        textStyle: { color: ink, fontSize: 13 },
        axisPointer: { type: bar ? 'shadow' : 'line' },
        formatter: function (params) {
          var first = Array.isArray(params) ? params[0] : params;
          return first ? tip(data, first.dataIndex) : '';
        },
      },
      series: series,
    };
  }

  function draw(plot) {
    var data = JSON.parse(plot.parentNode.querySelector('script.chart-data').textContent);
    var live = plot.parentNode.querySelector('.chart-live');
    var chart = window.echarts.init(plot, null, { renderer: 'svg' });
    var width = 0;
    var render = function () {
      var now = plot.clientWidth;
      if (now === width) { return; }
      width = now;
      chart.setOption(option(data, width), true);
      chart.resize();
    };
    render();
    if (window.ResizeObserver) {
      var timer;
      new ResizeObserver(function () { clearTimeout(timer); timer = setTimeout(render, 60); }).observe(plot);
    } else {
      window.addEventListener('resize', render);
    }

    // The keyboard: arrows move through the points and show each one's values, Escape hides them.
    var at = -1;
    var n = data.labels.length;
    var show = function () {
      // The tip is anchored on a drawn point of the label: the first series with a value there.
      var series = chart.getOption().series;
      var index = 0;
      for (var k = 0; k < series.length; k += 1) {
        var v = series[k].data[at];
        if (v !== null && v !== undefined && (typeof v !== 'object' || v.value !== null)) { index = k; break; }
      }
      chart.dispatchAction({ type: 'showTip', seriesIndex: index, dataIndex: at });
      live.textContent = spoken(data, at);
    };
    plot.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { at = Math.min(n - 1, at + 1); }
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { at = at < 0 ? n - 1 : Math.max(0, at - 1); }
      else if (e.key === 'Home') { at = 0; }
      else if (e.key === 'End') { at = n - 1; }
      else if (e.key === 'Escape') { at = -1; chart.dispatchAction({ type: 'hideTip' }); live.textContent = ''; return; }
      else { return; }
      e.preventDefault();
      show();
    });
    plot.addEventListener('blur', function () { chart.dispatchAction({ type: 'hideTip' }); });
  }

  function start() { Array.prototype.forEach.call(plots, draw); }

  if (window.echarts) {
    start();
  } else {
    var script = document.createElement('script');
    script.src = '/echarts-6.1.0.min.js';
    script.addEventListener('load', start);
    document.head.appendChild(script);
  }
}());
