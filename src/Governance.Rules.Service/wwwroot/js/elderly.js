// 苏颐养 calculator: every input the elderly-care request takes; every figure shown comes from the API's answer.
'use strict';

GR.words({
  intro: ['填写老人的情况，查看每项养老服务补贴能否享受、金额、从哪个月开始，以及逐月发放安排。', 'Describe the older person to see, for each elderly-care benefit, whether it is paid, how much, from which month, and the month-by-month schedule.'],
  person: ['老人情况', 'The person'], birthDate: ['出生日期', 'Date of birth'], hukouDistrict: ['户籍所在区（县级市）', 'Hukou district'],
  notStated: ['未填写', 'Not stated'], hukouSince: ['户籍迁入日期（选填）', 'Hukou since (optional)'], residence: ['居住地', 'Residence'],
  resides: ['在本市居住', 'Lives in the city'], livingArrangement: ['居住情况', 'Living arrangement'], withOthers: ['与家人同住', 'Lives with family'],
  emptyNest: ['空巢（仅与配偶同住）', 'Empty nest (with spouse only)'], alone: ['独居', 'Lives alone'], specialFamily: ['特殊家庭', 'Special family'],
  lostOnlyChild: ['失独家庭', 'Lost their only child'], disabledOnlyChild: ['独生子女伤残家庭', 'Only child disabled'], deathDate: ['去世日期（选填）', 'Date of death (optional)'],
  economic: ['经济状况', 'Economic status'], status: ['类别', 'Status'], statusNone: ['一般', 'None'], lowIncome: ['低保边缘（低收入）', 'Low income'],
  dibao: ['低保', 'Minimum living allowance (dibao)'], extremePoverty: ['特困供养', 'Extreme poverty support'], from: ['起始日期', 'From'], toOptional: ['终止日期（选填）', 'Until (optional)'],
  care: ['能力评估', 'Care assessment'], level: ['评估等级', 'Level'], notAssessed: ['未评估', 'Not assessed'], capable: ['能力完好', 'Capable'], mild: ['轻度失能', 'Mild'],
  moderate: ['中度失能', 'Moderate'], severe: ['重度失能', 'Severe'], legacyLevel: ['旧标准等级（无新等级时填写）', 'Level under the old standard (if no new level)'],
  selfCare: ['自理', 'Self-care'], semiDisabled: ['半失能', 'Semi-disabled'], disabled: ['失能', 'Disabled'], assessedOn: ['评估日期', 'Assessed on'], validUntil: ['有效期至（选填）', 'Valid until (optional)'],
  application: ['申请与服务', 'Application and services'], applicationDate: ['申请日期（选填）', 'Application date (optional)'], mealsPerMonth: ['每月助餐次数（选填）', 'Meals a month (optional)'],
  adaptationCost: ['适老化改造费用（元，选填）', 'Home adaptation cost (yuan, optional)'], adaptationGrantedLabel: ['适老化改造', 'Home adaptation'], adaptationGranted: ['已享受过改造补贴', 'Adaptation subsidy already granted'],
  institutionalCareFrom: ['入住养老机构日期（选填）', 'In a care home from (optional)'], institutionalCareUntil: ['离开养老机构日期（选填）', 'In a care home until (optional)'],
  when: ['测算时间', 'When'], asOfLabel: ['测算日期', 'As-of date'], scheduleFrom: ['逐月安排：起始月', 'Schedule from month'], scheduleTo: ['逐月安排：终止月', 'Schedule to month'],
  result: ['测算结果', 'Result'], schedule: ['逐月发放安排', 'Month-by-month schedule'],
  age: ['周岁', 'Age'], monthTotal: ['本月应发合计', 'Due this month'], yearTotal: ['本年合计', 'This year'], yuan: ['元', 'yuan'],
  eligible: ['可以享受', 'Eligible'], notEligible: ['暂不符合', 'Not eligible yet'], perMonth: ['元/月', 'yuan a month'], perYear: ['元/年', 'yuan a year'], once: ['元（一次性）', 'yuan, once'],
  start: ['起始月', 'Starts'], end: ['终止月', 'Ends'], dueNow: ['本月应发', 'Due this month'], why: ['原因', 'Why not'], willStart: ['何时开始', 'When it starts'],
  bring: ['需带材料', 'What to bring'], source: ['来源', 'Source'], reported: ['转述，请以办理地要求为准', 'reported; the office you apply to decides'], bringUnknown: ['规则包尚未收录申请材料清单，请向社区或街道咨询', 'The rule pack has no list of documents yet; ask the community or street office'],
  stacking: ['叠加', 'Stacking'], paid: ['照发', 'paid'], excluded: ['互斥不发', 'excluded'], notTheHigher: ['就高不发（另一项更高）', 'not paid: the other is higher'],
  month: ['月份', 'Month'], total: ['合计', 'Total'], arrears: ['其中补发', 'of which arrears'], noSchedule: ['未选择逐月安排的月份。', 'No months chosen for the schedule.'],
  placeholdersUsed: ['本结果用到 {0} 项占位值（数字或规则），须经当地民政部门核实（展开查看）', 'This result uses {0} placeholders (figures or rules) that the local civil-affairs bureau must confirm (open to see them)'],
  nextMonth: ['次月起发放', 'paid from the next month'], applicationMonth: ['申请当月起发放', 'paid from the month of application'],
  qualifiesOn: ['将于 {0} 符合条件，自 {1} 起发放', 'Qualifies on {0}; paid from {1}'],
  'unmet.not-in-force': ['该项政策在测算日期未施行', 'not in force on the date'], 'unmet.deceased': ['已去世', 'deceased'], 'unmet.age': ['年龄未到', 'age not reached'],
  'unmet.hukou': ['户籍不符合', 'hukou condition not met'], 'unmet.residence': ['不在本市居住', 'does not live in the city'], 'unmet.economic-status': ['经济状况不符合', 'economic status not met'],
  'unmet.care-level': ['能力评估等级不符合或评估已过期', 'care level not met or assessment expired'], 'unmet.living-arrangement': ['居住情况不符合', 'living arrangement not met'],
  'unmet.special-family': ['不属于特殊家庭', 'not a special family'], 'unmet.application': ['尚未申请', 'not applied for yet'], 'unmet.already-granted': ['已享受过', 'already granted'],
});

const $ = id => document.getElementById(id);

async function loadDistricts() { GR.options($('hukouDistrict'), await GR.list('elderly.districts')); }

function date(id) { return $(id).value || undefined; }

function request() {
  const person = {
    birthDate: $('birthDate').value || null,
    deathDate: date('deathDate'),
    hukouDistrict: $('hukouDistrict').value || undefined,
    hukouSince: date('hukouSince'),
    residesInJurisdiction: $('residesInJurisdiction').checked,
    livingArrangement: $('livingArrangement').value,
    applicationDate: date('applicationDate'),
    institutionalCareFrom: date('institutionalCareFrom'),
    institutionalCareUntil: date('institutionalCareUntil'),
    adaptationAlreadyGranted: $('adaptationAlreadyGranted').checked,
  };
  const special = [$('lostOnlyChild'), $('disabledOnlyChild')].filter(c => c.checked).map(c => c.value);
  if (special.length > 0) { person.specialFamily = special.join(', '); }
  if ($('mealsPerMonth').value !== '') { person.mealsPerMonth = Number($('mealsPerMonth').value); }
  if ($('adaptationCost').value !== '') { person.adaptationCost = Number($('adaptationCost').value); }
  if ($('status').value !== 'none' || $('statusFrom').value) {
    person.economicStatuses = [{ status: $('status').value, from: $('statusFrom').value || null, to: date('statusTo') }];
  }
  if ($('level').value || $('legacyLevel').value || $('assessedOn').value) {
    person.assessments = [{ level: $('level').value || undefined, legacyLevel: $('legacyLevel').value || undefined, assessedOn: $('assessedOn').value || null, validUntil: date('validUntil') }];
  }
  const body = { person };
  if ($('scheduleFrom').value || $('scheduleTo').value) { body.scheduleFrom = $('scheduleFrom').value || null; body.scheduleTo = $('scheduleTo').value || null; }
  return body;
}

function periodWord(period) { return period === 'month' ? GR.t('perMonth') : period === 'year' ? GR.t('perYear') : GR.t('once'); }

// What to bring, from the pack's elderly-care materials catalogue (item code = benefit code), as in force today:
// the documents asked for when applying now. A placeholder names no documents and is marked 待核实; a reported entry names its source.
let materials = {};

async function loadMaterials() {
  const r = await GR.call('GET', 'api/catalogues/elderly-care');
  materials = {};
  if (!r.ok) { return; }
  for (const list of r.json.lists) { for (const item of list.items) { materials[item.code] = item; } }
}

function bringFor(code) {
  const item = materials[code];
  const evidence = item && item.details && item.details.evidence;
  if (!evidence) { return GR.el('span', { class: 'bring' }, GR.t('bringUnknown') + ' ', GR.todo()); }
  if (evidence.placeholder) { return GR.el('span', { class: 'bring' }, evidence.text + ' ', GR.todo()); }
  const source = evidence.citation ? GR.el('small', { class: 'source' }, `（${GR.t('source')}：`, evidence.citation.url ? GR.el('a', { href: evidence.citation.url, rel: 'noopener', text: evidence.citation.title }) : evidence.citation.title, `；${GR.t('reported')}）`) : null;
  return GR.el('span', { class: 'bring' }, evidence.text, ' ', source);
}

function placeholderParameters(result, code) {
  const step = (result.explanation || []).find(s => s.rule === 'elderly.benefit.' + code);
  return step ? step.parameters.filter(p => p.provenance === 'placeholder') : [];
}

function benefitCard(result, b) {
  const facts = GR.el('dl', { class: 'facts' });
  const add = (label, value) => { if (value !== null && value !== undefined && value !== '') { facts.append(GR.el('dt', { text: label }), GR.el('dd', {}, value)); } };
  if (b.eligible) {
    add(GR.t('start'), `${b.startMonth || '-'}（${b.startRule === 'next-month' ? GR.t('nextMonth') : GR.t('applicationMonth')}）`);
    add(GR.t('end'), b.endMonth);
    add(GR.t('dueNow'), `${GR.money(b.dueInAsOfMonth)} ${GR.t('yuan')}`);
    add(GR.t('stacking'), b.stacking === 'paid' ? GR.t('paid') : b.stacking === 'excluded' ? GR.t('excluded') : GR.t('notTheHigher'));
  } else {
    const reasons = (b.unmet || '').split(',').map(s => s.trim()).filter(s => s && s !== 'none').map(s => GR.t('unmet.' + s));
    add(GR.t('why'), reasons.join('；'));
    if (b.qualifiesOn) { add(GR.t('willStart'), GR.t('qualifiesOn').replace('{0}', b.qualifiesOn).replace('{1}', b.qualifiesFromMonth || '-')); }
  }
  add(GR.t('bring'), bringFor(b.code));
  const placeholders = placeholderParameters(result, b.code);
  const amount = GR.el('p', { class: 'amount' }, `${GR.money(b.amountPerPeriod)} ${periodWord(b.period)}`);
  if (placeholders.length > 0) {
    amount.append(' ', GR.todo());
    amount.title = placeholders.map(p => p.key).join(', ');
  }
  return GR.el('article', { class: 'card ' + (b.eligible ? 'eligible' : 'not-eligible'), 'data-benefit': b.code },
    GR.el('h3', { text: GR.name(b.name) }),
    GR.el('p', { text: b.eligible ? GR.t('eligible') : GR.t('notEligible') }),
    b.eligible ? amount : null,
    facts);
}

function scheduleTable(outcome) {
  const table = $('schedule');
  table.replaceChildren();
  if (!outcome.schedule || outcome.schedule.length === 0) { table.append(GR.el('caption', { text: GR.t('noSchedule') })); return; }
  const names = Object.fromEntries(outcome.benefits.map(b => [b.benefit, GR.name(b.name)]));
  table.append(GR.el('thead', {}, GR.el('tr', {}, GR.el('th', { scope: 'col', text: GR.t('month') }), GR.el('th', { scope: 'col', text: GR.t('elderly') }), GR.el('th', { scope: 'col', class: 'num', text: GR.t('total') }))));
  const body = GR.el('tbody');
  for (const m of outcome.schedule) {
    const lines = m.lines.map(l => `${names[l.benefit] || l.benefit} ${GR.money(l.amount)}${l.isArrears ? '（' + GR.t('arrears') + '）' : ''}`).join('；');
    body.append(GR.el('tr', {}, GR.el('th', { scope: 'row', text: m.month }), GR.el('td', { text: lines || '-' }), GR.el('td', { class: 'num', text: GR.money(m.total) })));
  }
  table.append(body);
}

let last = null;

function render(result) {
  const outcome = result.json.outcome;
  $('result').hidden = false;
  $('summary').textContent = `${GR.t('age')} ${outcome.age} · ${outcome.month} · ${GR.t('monthTotal')} ${GR.money(outcome.monthTotal)} ${GR.t('yuan')} · ${GR.t('yearTotal')} ${GR.money(outcome.yearTotal)} ${GR.t('yuan')}`;
  const warnings = (result.json.warnings || []).filter(w => w.code === 'PLACEHOLDER_USED');
  $('warnings').replaceChildren(...(warnings.length === 0 ? [] : [
    GR.el('details', {},
      GR.el('summary', {}, GR.todo(), ' ', GR.t('placeholdersUsed').replace('{0}', warnings.length)),
      GR.el('ul', {}, ...warnings.map(w => GR.el('li', { text: w.message })))),
  ]));
  $('benefits').replaceChildren(...outcome.benefits.map(b => benefitCard(result.json, b)));
  scheduleTable(outcome);
  GR.stamp($('stamp'), result);
  $('result').scrollIntoView({ block: 'start' });
}

async function submit(event) {
  event.preventDefault();
  const form = $('form');
  const asOf = $('asOf').value;
  const result = await GR.call('POST', `api/elderly-care/evaluate?explain=true${asOf ? '&asOf=' + asOf : ''}`, request());
  if (!result.ok) {
    $('result').hidden = true;
    GR.showErrors(form, result.json);
    return;
  }
  GR.clearErrors(form);
  last = result;
  await loadMaterials();
  render(result);
}

document.addEventListener('DOMContentLoaded', () => {
  $('form').addEventListener('submit', submit);
  loadDistricts();
});
document.addEventListener('gr-lang', () => { loadDistricts(); if (last) { $('form').requestSubmit(); } });
