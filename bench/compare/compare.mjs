// Turns a citydip rulebook into an equivalent Cedar policy set and Casbin
// model and policy, checks that all three engines agree on a sample, and times
// each on the same activities. Run by run.sh, which gives:
//   node compare.mjs RULEBOOK.json VOCAB.txt ACTIVITIES.jsonl CITYDIP_OUT.txt CITYDIP_TIMING.json
//
// The question all three answer: may the city carry out the activity now,
// given the approvals it holds and whether it has a central mandate (citydip's
// outcome `allowed`)? DESIGN's semantics, written as deny conditions:
//   a rule counts when its condition holds and no exception to it applies;
//   deny when a prohibiting rule counts; when a central-mandate rule counts
//   and the mandate is not held; when an approval rule counts, its bodies are
//   not all obtained, and no central-mandate rule counts (the mandate would
//   then decide); and when no rule of the kind counts and the default's own
//   verdict is not met. Everything else is allowed.
// The city's tier on the activity's date is entity data: citydip computes it
// from its gazetteer and hands it to the others in the request.
import { readFileSync } from 'node:fs';
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { newEnforcer, newModelFromString } from 'casbin';

const [rulebookPath, vocabPath, activitiesPath, citydipOutPath, citydipTimingPath] = process.argv.slice(2);
const book = JSON.parse(readFileSync(rulebookPath, 'utf8'));
const vocab = parseVocab(readFileSync(vocabPath, 'utf8'));
const activities = readFileSync(activitiesPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const citydipOut = readFileSync(citydipOutPath, 'utf8').trim().split('\n').map((l) => l.split(' '));
const citydipTiming = JSON.parse(readFileSync(citydipTimingPath, 'utf8'));
const tiers = vocab.designation;

function parseVocab(text) {  // `citydip vocab`: "name:" then indented "id  Display name" lines
  const out = {};
  let current = null;
  for (const line of text.split('\n')) {
    if (/^\S.*:$/.test(line)) out[(current = line.slice(0, -1))] = [];
    else if (current && line.trim()) out[current].push(line.trim().split(/\s+/)[0]);
  }
  return out;
}

function admittedTiers(when) {
  return tiers.filter((t, i) => (!when.tier || when.tier.includes(t)) &&
    (!when.tier_at_least || i >= tiers.indexOf(when.tier_at_least)) &&
    (!when.tier_at_most || i <= tiers.indexOf(when.tier_at_most)));
}

function daysSinceEpoch(iso) { return Math.round(Date.parse(iso + 'T00:00:00Z') / 86400000); }

// The two expression languages, as far as these policies need them.
const dialects = {
  cedar: {
    inSet: (field, values) => `${JSON.stringify(values)}.contains(context.${field})`,
    flag: (field, value) => `context.${field} == ${value}`,
    atLeast: (field, n) => `context.${field} >= ${n}`,
    below: (field, n) => `context.${field} < ${n}`,
    holdsAll: (bodies) => `context.obtained.containsAll(${JSON.stringify(bodies)})`,
    not: (e) => `!(${e})`, and: (xs) => xs.length ? xs.map((x) => `(${x})`).join(' && ') : 'true',
    or: (xs) => xs.length ? xs.map((x) => `(${x})`).join(' || ') : 'false',
  },
  casbin: {
    inSet: (field, values) => values.map((v) => `r.sub.${field} == '${v}'`).join(' || '),
    flag: (field, value) => `r.sub.${field} == ${value}`,
    atLeast: (field, n) => `r.sub.${field} >= ${n}`,
    below: (field, n) => `r.sub.${field} < ${n}`,
    holdsAll: (bodies) => bodies.map((b) => `r.sub.has_${b} == true`).join(' && ') || 'true',
    not: (e) => `!(${e})`, and: (xs) => xs.length ? xs.map((x) => `(${x})`).join(' && ') : 'true',
    or: (xs) => xs.length ? xs.map((x) => `(${x})`).join(' || ') : 'false',
  },
};

const flags = ['touches_internal_affairs', 'has_central_mandate', 'uses_regional_name', 'legally_binding'];

function condition(d, when) {
  const parts = [];
  const admitted = admittedTiers(when);
  if (admitted.length < tiers.length) parts.push(d.inSet('tier', admitted));
  if (when.activity) parts.push(d.inSet('kind', when.activity));
  if (when.domain) parts.push(d.inSet('domain', when.domain));
  if (when.counterpart) parts.push(d.inSet('counterpart', when.counterpart));
  for (const f of flags) if (f in when) parts.push(d.flag(f, when[f]));
  if (when.from) parts.push(d.atLeast('day', daysSinceEpoch(when.from)));
  if (when.until) parts.push(d.below('day', daysSinceEpoch(when.until)));
  if (when.cities) parts.push(d.inSet('city', when.cities));
  return d.and(parts);
}

// Deny conditions (see the header), one expression each.
function denyConditions(d) {
  const rules = book.rules;
  const applies = new Map(rules.map((r) => [r.id, condition(d, r.when ?? {})]));
  const counts = new Map(rules.map((r) => {
    const exceptions = rules.filter((e) => (e.exception_to ?? []).includes(r.id));
    return [r.id, d.and([applies.get(r.id), d.not(d.or(exceptions.map((e) => applies.get(e.id))))])];
  }));
  const mayShareKind = (a, b) => !a.when?.activity || !b.when?.activity ||
    a.when.activity.some((k) => b.when.activity.includes(k));
  const out = [];
  for (const r of rules) {
    const c = counts.get(r.id);
    if (r.verdict === 'prohibited') out.push(c);
    if (r.verdict === 'central_mandate') out.push(d.and([c, d.flag('has_central_mandate', false)]));
    if (r.verdict === 'approval') {
      const mandates = rules.filter((s) => s.verdict === 'central_mandate' && mayShareKind(r, s));
      out.push(d.and([c, d.not(d.holdsAll(r.bodies)), d.not(d.or(mandates.map((s) => counts.get(s.id))))]));
    }
  }
  const fallback = book.default;
  const unmet = fallback.verdict === 'prohibited' ? 'true'
    : fallback.verdict === 'central_mandate' ? d.flag('has_central_mandate', false)
      : fallback.verdict === 'approval' ? d.not(d.holdsAll(fallback.bodies)) : null;
  if (unmet) {
    for (const kind of vocab.activity_kind) {
      const ofKind = rules.filter((r) => !r.when?.activity || r.when.activity.includes(kind));
      out.push(d.and([d.inSet('kind', [kind]), d.not(d.or(ofKind.map((r) => counts.get(r.id)))), unmet]));
    }
  }
  return out;
}

function request(a, tier) {
  const r = {
    tier, city: a.city, kind: a.activity, domain: a.domain ?? '', counterpart: a.counterpart ?? '',
    day: daysSinceEpoch(a.date), obtained: a.obtained ?? [],
  };
  for (const f of flags) r[f] = a[f] ?? false;
  return r;
}

// Cedar: one permit, one forbid per deny condition.
const cedarPolicies = ['permit(principal, action, resource);',
  ...denyConditions(dialects.cedar).map((c) => `forbid(principal, action, resource) when { ${c} };`)].join('\n');
// Parsed once and kept by cedar-wasm (its stateful API), so that a decision
// does not parse the policies again.
const parsed = cedar.preparsePolicySet('citydip', { staticPolicies: cedarPolicies });
if (parsed.type !== 'success') throw new Error(`cedar: ${JSON.stringify(parsed.errors)}`);
const cedarCall = (req) => ({
  principal: { type: 'City', id: req.city }, action: { type: 'Action', id: 'carry_out' },
  resource: { type: 'Activity', id: 'a' }, context: req, preparsedPolicySetId: 'citydip', entities: [],
});
function cedarDecide(req) {
  const answer = cedar.statefulIsAuthorized(cedarCall(req));
  if (answer.type !== 'success') throw new Error(`cedar: ${JSON.stringify(answer.errors)}`);
  return answer.response.decision;
}

// Casbin: an ABAC model whose matcher evaluates each policy's rule.
const casbinModel = newModelFromString(`
[request_definition]
r = sub, obj, act
[policy_definition]
p = sub_rule, obj, act, eft
[policy_effect]
e = some(where (p.eft == allow)) && !some(where (p.eft == deny))
[matchers]
m = eval(p.sub_rule)
`);
const casbin = await newEnforcer(casbinModel);
await casbin.addPolicy('true', 'activity', 'carry_out', 'allow');
for (const c of denyConditions(dialects.casbin)) await casbin.addPolicy(c, 'activity', 'carry_out', 'deny');
function casbinRequest(req) {
  const sub = { ...req };
  for (const b of vocab.body) sub[`has_${b}`] = req.obtained.includes(b);
  delete sub.obtained;
  return sub;
}
async function casbinDecide(sub) { return (await casbin.enforce(sub, 'activity', 'carry_out')) ? 'allow' : 'deny'; }

// Agreement on a sample.
const requests = activities.map((a, i) => request(a, citydipOut[i][0]));
const sample = Math.min(5000, requests.length);
let disagreements = 0;
for (let i = 0; i < sample; ++i) {
  const c = cedarDecide(requests[i]);
  const k = await casbinDecide(casbinRequest(requests[i]));
  if (c !== citydipOut[i][1] || k !== citydipOut[i][1]) {
    if (++disagreements <= 5) {
      console.error(`disagree on activity ${i + 1}: citydip ${citydipOut[i][1]}, cedar ${c}, casbin ${k}: ${JSON.stringify(activities[i])}`);
    }
  }
}
console.log(`agreement: ${sample - disagreements} of ${sample} sample activities decided alike by all three`);
if (disagreements) process.exit(1);

// Timing: chunks of decisions, median of the per-decision average over chunks.
async function time(decideOne, inputs, chunk) {
  const perDecision = [];
  for (let first = 0; first < inputs.length; first += chunk) {
    const last = Math.min(inputs.length, first + chunk);
    const start = process.hrtime.bigint();
    for (let i = first; i < last; ++i) await decideOne(inputs[i]);
    perDecision.push(Number(process.hrtime.bigint() - start) / (last - first));
  }
  perDecision.sort((a, b) => a - b);
  return perDecision[Math.floor(perDecision.length / 2)];
}
const cedarNs = await time(cedarDecide, requests, 1000);
const casbinInputs = requests.map(casbinRequest);
const casbinNs = await time(casbinDecide, casbinInputs, 1000);

const rows = [['citydip (C++, in process)', citydipTiming.median_ns], ['Cedar 4 (cedar-wasm, Node.js)', cedarNs],
  ['node-casbin 5 (Node.js)', casbinNs]];
console.log(`\n${requests.length} activities, rulebook ${book.name} (${book.rules.length} rules); ` +
  `${denyConditions(dialects.cedar).length} forbid policies for Cedar, as many deny policies for Casbin\n`);
console.log('| engine | median ns per decision | ratio to citydip |\n|---|---|---|');
for (const [name, ns] of rows) console.log(`| ${name} | ${ns.toFixed(0)} | ${(ns / citydipTiming.median_ns).toFixed(0)} |`);
