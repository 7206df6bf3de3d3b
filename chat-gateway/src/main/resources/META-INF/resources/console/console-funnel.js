// The console's funnel page: leads by stage, tours by outcome, conversion per property and per week as hand-drawn
// SVG bar charts (each with a title, axis labels and a visually-hidden data table for screen readers), and the tours
// that have started but have no outcome yet, with "Completed" / "No-show" buttons.
// render(container, api): api(path, options) is the console's fetch wrapper (it adds the operator's token); it may
// answer a fetch Response or the parsed JSON.

export const STAGES = ['qualifying', 'sending_list', 'selecting_favorites', 'touring', 'applying', 'approval',
  'post_close', 'renewal'];
export const TOUR_OUTCOMES = [
  ['toursBooked', 'Booked'], ['toursRescheduled', 'Rescheduled'], ['toursCompleted', 'Completed'],
  ['toursCancelled', 'Cancelled'], ['toursNoShow', 'No-show']];
const CONVERSIONS = [['tourConversion', 'Tours booked per lead'], ['applyConversion', 'Applications per completed tour']];
const DAY = 24 * 60 * 60 * 1000;
const TOUR_WINDOW_DAYS = 14;

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

function words(wireName) {
  const text = String(wireName).replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function percent(ratio) {
  return ratio === null || ratio === undefined ? 'n/a' : `${Math.round(ratio * 100)}%`;
}

let chartCount = 0;

/**
 * A vertical bar chart as SVG plus a visually-hidden table of the same numbers.
 * @param title   the chart's name (figcaption, SVG title)
 * @param axes    {x, y} axis labels
 * @param series  [{name, values: number|null per category}] drawn side by side within each category
 * @param format  turns a value into the text read out and printed above the bar
 */
export function barChart({ title, axes, categories, series, format = String }) {
  const id = `funnel-chart-${++chartCount}`;
  const width = 640;
  const height = 260;
  const left = 48;
  const bottom = 56;
  const top = 24;
  const plotWidth = width - left - 12;
  const plotHeight = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const groupWidth = plotWidth / Math.max(1, categories.length);
  const barWidth = Math.max(4, (groupWidth - 8) / series.length);
  const bars = [];
  categories.forEach((category, c) => {
    series.forEach((s, i) => {
      const value = s.values[c];
      const barHeight = value === null || value === undefined ? 0 : (value / max) * plotHeight;
      const x = left + c * groupWidth + 4 + i * barWidth;
      const y = top + plotHeight - barHeight;
      const label = `${category}${series.length > 1 ? `, ${s.name}` : ''}: ${format(value)}`;
      bars.push(`<rect class="funnel-bar funnel-series-${i}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" `
        + `width="${(barWidth - 2).toFixed(1)}" height="${barHeight.toFixed(1)}" role="img" `
        + `aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title></rect>`);
      bars.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle" `
        + `font-size="11" aria-hidden="true">${escapeHtml(format(value))}</text>`);
    });
    bars.push(`<text x="${(left + c * groupWidth + groupWidth / 2).toFixed(1)}" y="${top + plotHeight + 16}" `
      + `text-anchor="middle" font-size="11" aria-hidden="true">${escapeHtml(category)}</text>`);
  });
  const legend = series.length > 1
    ? `<p class="funnel-legend">${series.map((s, i) =>
      `<span class="funnel-key funnel-series-${i}"></span> ${escapeHtml(s.name)}`).join(' ')}</p>` : '';
  const header = `<tr><th scope="col">${escapeHtml(axes.x)}</th>${series.map((s) =>
    `<th scope="col">${escapeHtml(s.name)}</th>`).join('')}</tr>`;
  const rows = categories.map((category, c) => `<tr><th scope="row">${escapeHtml(category)}</th>${series.map((s) =>
    `<td>${escapeHtml(format(s.values[c]))}</td>`).join('')}</tr>`).join('');
  return `<figure class="funnel-chart" aria-labelledby="${id}-caption">
<figcaption id="${id}-caption">${escapeHtml(title)}</figcaption>
<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">Bar chart: ${escapeHtml(axes.y)} by ${escapeHtml(axes.x)}. The same numbers are in the table below.</desc>
<line x1="${left}" y1="${top + plotHeight}" x2="${width - 12}" y2="${top + plotHeight}" stroke="currentColor"/>
<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="currentColor"/>
<text x="${left - 6}" y="${top + 4}" text-anchor="end" font-size="11" aria-hidden="true">${escapeHtml(format(max))}</text>
<text x="${left - 6}" y="${top + plotHeight}" text-anchor="end" font-size="11" aria-hidden="true">${escapeHtml(format(0))}</text>
${bars.join('\n')}
<text class="funnel-axis" x="${left + plotWidth / 2}" y="${height - 8}" text-anchor="middle" font-size="12">${escapeHtml(axes.x)}</text>
<text class="funnel-axis" x="14" y="${top + plotHeight / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${top + plotHeight / 2})">${escapeHtml(axes.y)}</text>
</svg>
${legend}
<table class="visually-hidden"><caption>${escapeHtml(title)}</caption>${header}${rows}</table>
</figure>`;
}

/** The four charts of a GET /api/funnel answer, as HTML. */
export function funnelCharts(report) {
  const totals = report.totals;
  const stages = [...STAGES, ...Object.keys(totals.leadsByStage).filter((s) => !STAGES.includes(s))];
  const properties = report.properties;
  const weeks = report.weeks;
  const conversion = (rows, pick) => CONVERSIONS.map(([key, name]) => ({
    name, values: rows.map((row) => pick(row)[key] ?? null),
  }));
  return [
    barChart({
      title: `Leads by stage (${totals.leads} leads)`, axes: { x: 'Stage', y: 'Leads' },
      categories: stages.map(words), series: [{ name: 'Leads', values: stages.map((s) => totals.leadsByStage[s] ?? 0) }],
    }),
    barChart({
      title: 'Tours by outcome', axes: { x: 'Outcome', y: 'Tours' },
      categories: TOUR_OUTCOMES.map(([, name]) => name),
      series: [{ name: 'Tours', values: TOUR_OUTCOMES.map(([key]) => totals[key]) }],
    }),
    barChart({
      title: 'Conversion per property', axes: { x: 'Property', y: 'Conversion' },
      categories: properties.map((p) => p.propertyId ?? 'No property yet'),
      series: conversion(properties, (p) => p.counts), format: percent,
    }),
    barChart({
      title: 'Conversion per week', axes: { x: 'Week of', y: 'Conversion' },
      categories: weeks.map((w) => w.week), series: conversion(weeks, (w) => w.counts), format: percent,
    }),
  ].join('\n');
}

/** Tours that have started and are still "scheduled": they wait for an outcome. */
export function toursToMark(tours, now) {
  return tours.filter((tour) => tour.status === 'scheduled' && Date.parse(tour.start) <= now);
}

export function toursList(tours, now) {
  const waiting = toursToMark(tours, now);
  if (waiting.length === 0) {
    return '<p>No past tour is waiting for an outcome.</p>';
  }
  const rows = waiting.map((tour) => {
    const who = tour.lead?.name || 'the prospect';
    const when = new Date(tour.start).toLocaleString('en-US', { timeZone: tour.timeZone || 'UTC',
      dateStyle: 'medium', timeStyle: 'short' });
    const what = `${who}, ${tour.propertyName || tour.propertyId}, ${when}`;
    const id = escapeHtml(tour.id);
    return `<li><span>${escapeHtml(what)}</span>
<button type="button" data-tour="${id}" data-outcome="completed" aria-label="${escapeHtml(`Mark the tour of ${what} completed`)}">Completed</button>
<button type="button" data-tour="${id}" data-outcome="no_show" aria-label="${escapeHtml(`Mark the tour of ${what} a no-show`)}">No-show</button></li>`;
  });
  return `<ul class="funnel-tours">${rows.join('\n')}</ul>`;
}

async function call(api, path, options) {
  const answer = await api(path, options);
  if (answer && typeof answer.json === 'function') {
    if (!answer.ok) {
      let detail = `${answer.status}`;
      try {
        detail = (await answer.json()).detail || detail;
      } catch {
        // not JSON: the status says enough
      }
      throw new Error(detail);
    }
    return answer.status === 204 ? null : answer.json();
  }
  return answer;
}

function isoDay(time) {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Draws the funnel page into the container and keeps it current after each outcome.
 * @param options.now  the time (ms), for tests; options.weeks how many weeks back (default 12)
 */
export async function render(container, api, { now = () => Date.now(), weeks = 12 } = {}) {
  let message = '';
  const draw = async () => {
    const at = now();
    const to = isoDay(at);
    const from = isoDay(at - (weeks * 7 - 1) * DAY);
    let body;
    try {
      const [report, tours] = await Promise.all([
        call(api, `/api/funnel?from=${from}&to=${to}`),
        call(api, `/api/operator/tours?from=${encodeURIComponent(new Date(at - TOUR_WINDOW_DAYS * DAY).toISOString())}`
          + `&to=${encodeURIComponent(new Date(at).toISOString())}&size=100`),
      ]);
      body = `${funnelCharts(report)}
<section aria-labelledby="funnel-tours-heading"><h3 id="funnel-tours-heading">Past tours to mark</h3>
${toursList(tours.items ?? [], at)}</section>`;
    } catch (error) {
      body = `<p role="alert">The funnel could not be loaded: ${escapeHtml(error.message)}</p>`;
    }
    container.innerHTML = `<section class="funnel" aria-labelledby="funnel-heading">
<h2 id="funnel-heading">Funnel, ${escapeHtml(from)} to ${escapeHtml(to)}</h2>
<p class="funnel-status" role="status" aria-live="polite">${escapeHtml(message)}</p>
${body}</section>`;
  };
  container.addEventListener('click', async (event) => {
    const button = event.target?.closest ? event.target.closest('button[data-outcome]') : null;
    if (!button) {
      return;
    }
    const tourId = button.getAttribute('data-tour');
    const outcome = button.getAttribute('data-outcome');
    button.disabled = true;
    try {
      const tour = await call(api, `/api/operator/tours/${encodeURIComponent(tourId)}/outcome`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: outcome }),
      });
      message = `Tour marked ${outcome === 'completed' ? 'completed' : 'a no-show'}`
        + (tour?.recordedBy ? ` by ${tour.recordedBy}.` : '.');
    } catch (error) {
      message = `The tour could not be marked: ${error.message}`;
    }
    await draw();
  });
  await draw();
}
