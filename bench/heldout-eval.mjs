// Helper of bench/heldout-eval.sh: node 18+, no dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const gateway = (process.env.GATEWAY_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
if (!process.env.GATEWAY_TOKEN) throw new Error('Set GATEWAY_TOKEN to an access token holding leads:write and agent:converse');
const authorization = `Bearer ${process.env.GATEWAY_TOKEN}`;
const [inquiriesFile, probesFile] = process.argv.slice(2);
const details = [];

const readJsonl = file => readFileSync(file, 'utf8').split('\n').filter(line => line.trim())
  .map((line, i) => { try { return JSON.parse(line); } catch (e) { throw new Error(`${file}:${i + 1}: ${e.message}`); } });

async function post(path, body) {
  const response = await fetch(gateway + path, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: authorization },
    body: JSON.stringify(body), signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

// ---- extraction ----------------------------------------------------------------------------------------------
const FIELDS = ['name', 'email', 'phone', 'budget', 'bedrooms', 'move_date', 'pets', 'areas'];
const SET_FIELDS = new Set(['pets', 'areas']);
const blank = v => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const singular = s => (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s);

function normalise(field, value) {
  if (blank(value)) return null;
  switch (field) {
    case 'name': return String(value).trim().replace(/\s+/g, ' ').toLowerCase();
    case 'email': return String(value).trim().toLowerCase();
    case 'phone': { const d = String(value).replace(/\D/g, ''); return d.length === 11 && d.startsWith('1') ? d.slice(1) : d; }
    case 'budget': case 'bedrooms': return Number(value);
    case 'move_date': return String(value).slice(0, 10);
    case 'pets': return [...new Set(value.map(p => singular(String(p).trim().toLowerCase())))].sort().join('|') || null;
    case 'areas': return [...new Set(value.map(a => String(a).trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ')))].sort().join('|') || null;
    default: return value;
  }
}

async function evaluateExtraction(inquiries) {
  const stats = Object.fromEntries(FIELDS.map(f => [f, { tp: 0, fp: 0, fn: 0, correct: 0 }]));
  const misses = [];
  let errors = 0;
  for (const inquiry of inquiries) {
    let got;
    try {
      got = await post('/api/leads/parse-inquiry', { text: inquiry.text, receivedAt: inquiry.receivedAt });
    } catch (e) {
      errors++;
      misses.push(`${inquiry.id}: ERROR ${e.message}`);
      got = {};
    }
    details.push({ kind: 'inquiry', id: inquiry.id, expected: inquiry.expected, got });
    for (const field of FIELDS) {
      const expected = normalise(field, inquiry.expected[field]);
      const actual = normalise(field, got[field]);
      const s = stats[field];
      if (expected === actual) {
        s.correct++;
        if (expected !== null) s.tp++;
        continue;
      }
      if (actual !== null) s.fp++;
      if (expected !== null) s.fn++;
      misses.push(`${inquiry.id} ${field}: expected ${JSON.stringify(inquiry.expected[field])}, got ${JSON.stringify(got[field] ?? null)}`);
    }
  }
  const pct = (n, d) => (d === 0 ? '   n/a' : (100 * n / d).toFixed(1).padStart(5) + '%');
  console.log(`\nExtraction: ${inquiries.length} held-out inquiries via ${gateway}/api/leads/parse-inquiry` + (errors ? ` (${errors} failed calls)` : ''));
  console.log('field       precision  recall   exact   (tp / fp / fn)');
  const total = { tp: 0, fp: 0, fn: 0, correct: 0 };
  for (const field of FIELDS) {
    const s = stats[field];
    for (const k of Object.keys(total)) total[k] += s[k];
    console.log(`${field.padEnd(11)} ${pct(s.tp, s.tp + s.fp)}    ${pct(s.tp, s.tp + s.fn)}  ${pct(s.correct, inquiries.length)}   (${s.tp} / ${s.fp} / ${s.fn})${SET_FIELDS.has(field) ? '  [set]' : ''}`);
  }
  console.log(`${'all fields'.padEnd(11)} ${pct(total.tp, total.tp + total.fp)}    ${pct(total.tp, total.tp + total.fn)}  ${pct(total.correct, inquiries.length * FIELDS.length)}   (${total.tp} / ${total.fp} / ${total.fn})`);
  console.log(`\nExtraction misses (${misses.length}):`);
  misses.forEach(m => console.log('  ' + m));
}

// ---- guardrails ----------------------------------------------------------------------------------------------
const OUTCOMES = ['refuse', 'handoff', 'answer'];
const outcomeOf = guardrail => (guardrail?.handoff ? 'handoff' : guardrail?.triggered ? 'refuse' : 'answer');

async function evaluateGuardrails(probes) {
  const confusion = Object.fromEntries(OUTCOMES.map(e => [e, Object.fromEntries([...OUTCOMES, 'error'].map(g => [g, 0]))]));
  const byCategory = {};
  const misses = [];
  for (const probe of probes) {
    let got;
    let reply;
    try {
      const session = await post('/api/agent/start', { channel: 'web' });
      reply = await post('/api/agent/reply', { sessionId: session.sessionId, text: probe.text });
      got = outcomeOf(reply.guardrail);
    } catch (e) {
      got = 'error';
      reply = { reply: e.message };
    }
    details.push({ kind: 'probe', id: probe.id, category: probe.category, expected: probe.expected, got, guardrail: reply.guardrail ?? null, reply: reply.reply });
    confusion[probe.expected][got]++;
    const c = (byCategory[probe.category] ??= { n: 0, ok: 0 });
    c.n++;
    if (got === probe.expected) c.ok++;
    else misses.push(`${probe.id} expected ${probe.expected}, got ${got} (triggered=${reply.guardrail?.triggered ?? null}): "${probe.text}" -> "${String(reply.reply ?? '').replace(/\s+/g, ' ').slice(0, 140)}"`);
  }
  console.log(`\nGuardrails: ${probes.length} probes, one fresh session each, via ${gateway}/api/agent/{start,reply}`);
  console.log('expected \\ got   refuse  handoff  answer  error');
  for (const e of OUTCOMES) {
    const row = confusion[e];
    console.log(`${e.padEnd(16)} ${String(row.refuse).padStart(6)}  ${String(row.handoff).padStart(7)}  ${String(row.answer).padStart(6)}  ${String(row.error).padStart(5)}`);
  }
  const ordinary = probes.filter(p => p.expected === 'answer').length;
  const falseRefusals = confusion.answer.refuse + confusion.answer.handoff;
  const guarded = probes.length - ordinary;
  const caught = confusion.refuse.refuse + confusion.refuse.handoff + confusion.handoff.refuse + confusion.handoff.handoff;
  console.log(`\nFalse refusals of ordinary questions: ${falseRefusals} of ${ordinary}`);
  console.log(`Probes that should be refused or handed off and were guarded at all: ${caught} of ${guarded}; exactly as expected: ${confusion.refuse.refuse + confusion.handoff.handoff} of ${guarded}`);
  console.log('\nper category (as expected / probes):');
  for (const [category, c] of Object.entries(byCategory)) console.log(`  ${category.padEnd(18)} ${c.ok} / ${c.n}`);
  console.log(`\nGuardrail misses (${misses.length}):`);
  misses.forEach(m => console.log('  ' + m));
}

await evaluateExtraction(readJsonl(inquiriesFile));
await evaluateGuardrails(readJsonl(probesFile));
if (process.env.HELDOUT_DETAILS) {
  writeFileSync(process.env.HELDOUT_DETAILS, details.map(d => JSON.stringify(d)).join('\n') + '\n');
  console.log(`\nEvery result: ${process.env.HELDOUT_DETAILS}`);
}
