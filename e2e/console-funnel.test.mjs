// Unit tests of the console's funnel page (charts, tours to mark, outcome buttons) with a fake api and a tiny
// container stub. Run: node --test console-funnel.test.mjs   (no browser, no server)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barChart, escapeHtml, funnelCharts, render, toursToMark } from
  '../chat-gateway/src/main/resources/META-INF/resources/console/console-funnel.js';

const NOW = Date.parse('2026-12-06T15:00:00Z');

function counts(overrides = {}) {
  return { leads: 2, leadsByStage: { applying: 1, qualifying: 1 }, toursBooked: 3, toursRescheduled: 1,
    toursCompleted: 1, toursCancelled: 1, toursNoShow: 1, applications: 1, tourConversion: 1.5,
    applyConversion: 1.0, ...overrides };
}

const REPORT = {
  from: '2026-09-14', to: '2026-11-30', propertyId: null, totals: counts(),
  weeks: [{ week: '2026-11-23', counts: counts({ leads: 0, leadsByStage: {}, tourConversion: null }) },
    { week: '2026-11-30', counts: counts() }],
  properties: [{ propertyId: 'katy-<grand>', counts: counts() }, { propertyId: null, counts: counts({
    toursBooked: 0, tourConversion: 0, applyConversion: null }) }],
};

const TOURS = { items: [
  { id: 't-past', status: 'scheduled', start: '2026-12-05T16:00:00Z', timeZone: 'America/Chicago',
    propertyName: 'Katy Grand Oaks', lead: { name: 'Ana Lopez' } },
  { id: 't-future', status: 'scheduled', start: '2026-12-08T16:00:00Z', propertyName: 'Katy Grand Oaks',
    lead: { name: 'Ben' } },
  { id: 't-done', status: 'completed', start: '2026-12-04T16:00:00Z', propertyName: 'Katy Grand Oaks',
    lead: { name: 'Cy' } },
] };

/** A table's rows as [header, cells...] per chart, read back from the visually-hidden tables. */
function tables(html) {
  return [...html.matchAll(/<table class="visually-hidden"><caption>(.*?)<\/caption>(.*?)<\/table>/gs)]
    .map(([, caption, body]) => ({
      caption,
      rows: [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row]) =>
        [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell)),
    }));
}

function fakeApi(answers) {
  const calls = [];
  const api = async (path, options = {}) => {
    calls.push({ path, options });
    const answer = answers(path, options);
    if (answer instanceof Error) {
      throw answer;
    }
    return answer;
  };
  return { api, calls };
}

class Container {
  innerHTML = '';
  listeners = {};
  addEventListener(type, listener) {
    this.listeners[type] = listener;
  }
  /** Clicks the button with these data attributes, as the page's delegated listener sees it. */
  async click(tourId, outcome) {
    const pattern = new RegExp(`<button type="button" data-tour="${tourId}" data-outcome="${outcome}"`);
    assert.match(this.innerHTML, pattern, `button ${outcome} of ${tourId}`);
    const button = { disabled: false, getAttribute: (name) => ({ 'data-tour': tourId, 'data-outcome': outcome })[name] };
    await this.listeners.click({ target: { closest: () => button } });
    return button;
  }
}

test('each chart has a caption, an SVG with title and description, axis labels and a data table', () => {
  const html = funnelCharts(REPORT);
  assert.equal((html.match(/<figure /g) || []).length, 4);
  assert.equal((html.match(/<svg [^>]*role="img" aria-labelledby="[^"]+-title [^"]+-desc"/g) || []).length, 4);
  for (const axis of ['Stage', 'Leads', 'Outcome', 'Tours', 'Property', 'Conversion', 'Week of']) {
    assert.match(html, new RegExp(`<text class="funnel-axis"[^>]*>${axis}</text>`), `axis label ${axis}`);
  }
  const [stages, tours, perProperty, perWeek] = tables(html);
  assert.equal(stages.caption, 'Leads by stage (2 leads)');
  assert.deepEqual(stages.rows.find((row) => row[0] === 'Qualifying'), ['Qualifying', '1']);
  assert.deepEqual(stages.rows.find((row) => row[0] === 'Applying'), ['Applying', '1']);
  assert.deepEqual(stages.rows.find((row) => row[0] === 'Touring'), ['Touring', '0']);
  assert.deepEqual(tours.rows.slice(1), [['Booked', '3'], ['Rescheduled', '1'], ['Completed', '1'],
    ['Cancelled', '1'], ['No-show', '1']]);
  assert.deepEqual(perProperty.rows, [['Property', 'Tours booked per lead', 'Applications per completed tour'],
    ['katy-&lt;grand&gt;', '150%', '100%'], ['No property yet', '0%', 'n/a']]);
  assert.deepEqual(perWeek.rows.slice(1), [['2026-11-23', 'n/a', '100%'], ['2026-11-30', '150%', '100%']]);
  assert.ok(!html.includes('<grand>'), 'property ids are escaped');
});

test('every bar is named for screen readers and scaled to the largest value', () => {
  const html = barChart({ title: 'T', axes: { x: 'X', y: 'Y' }, categories: ['a', 'b'],
    series: [{ name: 'S', values: [2, 4] }] });
  const bars = [...html.matchAll(/<rect [^>]*height="([\d.]+)" role="img" aria-label="([^"]+)"/g)];
  assert.deepEqual(bars.map(([, , label]) => label), ['a: 2', 'b: 4']);
  assert.equal(Number(bars[1][1]), 2 * Number(bars[0][1]));
});

test('only tours that have started and are still scheduled wait for an outcome', () => {
  assert.deepEqual(toursToMark(TOURS.items, NOW).map((tour) => tour.id), ['t-past']);
  assert.equal(escapeHtml('<a href="x">'), '&lt;a href=&quot;x&quot;&gt;');
});

test('render fetches the funnel and the tours, and marking a tour completed posts the outcome and redraws', async () => {
  let marked = false;
  const { api, calls } = fakeApi((path) => {
    if (path.startsWith('/api/funnel')) {
      return REPORT;
    }
    if (path.startsWith('/api/operator/tours?')) {
      return marked ? { items: TOURS.items.filter((tour) => tour.id !== 't-past') } : TOURS;
    }
    marked = true;
    return { ok: true, status: 200, json: async () => ({ id: 't-past', status: 'completed', recordedBy: 'Sam Rivera' }) };
  });
  const container = new Container();
  await render(container, api, { now: () => NOW });

  assert.equal(calls[0].path, '/api/funnel?from=2026-09-14&to=2026-12-06');
  assert.match(calls[1].path, /^\/api\/operator\/tours\?from=2026-11-22T15%3A00%3A00.000Z&to=2026-12-06T15%3A00%3A00.000Z&size=100$/);
  assert.match(container.innerHTML, /Ana Lopez/);
  assert.doesNotMatch(container.innerHTML, /data-tour="t-future"|data-tour="t-done"/);
  assert.match(container.innerHTML, /aria-label="Mark the tour of Ana Lopez, Katy Grand Oaks, [^"]+ completed"/);

  const button = await container.click('t-past', 'completed');
  assert.equal(button.disabled, true);
  const post = calls.find((c) => c.options.method === 'POST');
  assert.equal(post.path, '/api/operator/tours/t-past/outcome');
  assert.deepEqual(JSON.parse(post.options.body), { status: 'completed' });
  assert.match(container.innerHTML, /role="status" aria-live="polite">Tour marked completed by Sam Rivera\.</);
  assert.match(container.innerHTML, /No past tour is waiting for an outcome/);
  assert.equal(calls.filter((c) => c.path.startsWith('/api/funnel')).length, 2, 'the funnel is read again');
});

test('a refused outcome is announced and a failed load shown as an alert', async () => {
  const { api } = fakeApi((path) => {
    if (path.endsWith('/outcome')) {
      return { ok: false, status: 409, json: async () => ({ detail: 'The tour has not started yet' }) };
    }
    return path.startsWith('/api/funnel') ? REPORT : TOURS;
  });
  const container = new Container();
  await render(container, api, { now: () => NOW });
  await container.click('t-past', 'no_show');
  assert.match(container.innerHTML, /The tour could not be marked: The tour has not started yet/);

  const failing = new Container();
  await render(failing, async () => ({ ok: false, status: 403, json: async () => ({ detail: 'Needs console' }) }),
    { now: () => NOW });
  assert.match(failing.innerHTML, /<p role="alert">The funnel could not be loaded: Needs console<\/p>/);
});
