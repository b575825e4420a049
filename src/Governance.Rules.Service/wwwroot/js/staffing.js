// Staffing quota for one community: the worker categories come from the pack, the figures from the API.
'use strict';

GR.words({
  staffIntro: ['按每万名城镇常住人口配备社区工作者的标准，核算一个社区应配多少人、实配够不够。', 'Check how many community workers a community should have under the per-10,000-residents standard, and whether it has enough.'],
  communityName: ['社区名称（选填）', 'Community name (optional)'], population: ['城镇常住人口', 'Urban permanent residents'], households: ['户数（选填）', 'Households (optional)'],
  asOfLabel: ['日期', 'Date'], workers: ['现有人员（按类别填人数）', 'Current staff, by category'], result: ['结果', 'Result'],
  exact: ['精确需求', 'Exact requirement'], required: ['应配', 'Required'], counted: ['计入配备的人数', 'Counted'], notCounted: ['不计入的人数', 'Not counted'],
  shortfall: ['缺口', 'Shortfall'], surplus: ['富余', 'Surplus'], meets: ['是否达标', 'Meets the quota'], yes: ['达标', 'yes'], no: ['未达标', 'no'],
  notCountedHint: ['（不计入配备标准）', '(not counted towards the quota)'],
});

const $ = id => document.getElementById(id);
let categories = [];
let last = null;

async function loadCategories() {
  categories = await GR.list('staffing.worker_categories');
  const fieldset = $('workers');
  const values = Object.fromEntries([...fieldset.querySelectorAll('input')].map(i => [i.dataset.code, i.value]));
  fieldset.querySelectorAll('.field').forEach(f => f.remove());
  for (const c of categories) {
    const id = 'w-' + c.code;
    const label = (GR.lang === 'en' ? c.en : c['zh-Hans']) + (c.counted ? '' : GR.t('notCountedHint'));
    const input = GR.el('input', { type: 'number', inputmode: 'numeric', min: '0', id, 'data-code': c.code, 'data-path': `areas[0].workers[${c.code}]` });
    input.value = values[c.code] || '';
    fieldset.append(GR.el('div', { class: 'field' }, GR.el('label', { for: id, text: label }), input));
  }
}

async function submit(event) {
  event.preventDefault();
  const workers = {};
  $('workers').querySelectorAll('input').forEach(i => { if (i.value !== '') { workers[i.dataset.code] = Number(i.value); } });
  const area = { id: 'community', level: 'community', name: $('name').value || undefined, workers };
  area.urbanPermanentPopulation = $('population').value === '' ? null : Number($('population').value);
  if ($('households').value !== '') { area.households = Number($('households').value); }
  const asOf = $('asOf').value;
  const r = await GR.call('POST', 'api/staffing/evaluate' + (asOf ? '?asOf=' + asOf : ''), { areas: [area] });
  if (!r.ok) { $('result').hidden = true; GR.showErrors($('form'), r.json); return; }
  GR.clearErrors($('form'));
  last = r;
  const a = r.json.outcome.areas[0];
  $('result').hidden = false;
  const facts = $('facts');
  facts.replaceChildren();
  const add = (label, value) => facts.append(GR.el('dt', { text: GR.t(label) }), GR.el('dd', { text: String(value) }));
  add('exact', a.exactRequirement);
  add('required', a.required);
  add('counted', a.counted);
  add('notCounted', a.notCounted);
  add('shortfall', a.shortfall);
  add('surplus', a.surplus);
  add('meets', a.meetsQuota ? GR.t('yes') : GR.t('no'));
  const warnings = r.json.warnings || [];
  $('warnings').replaceChildren(...warnings.map(w => GR.el('p', {}, GR.todo(), ' ', w.message)));
  GR.stamp($('stamp'), r);
}

document.addEventListener('DOMContentLoaded', () => { $('form').addEventListener('submit', submit); loadCategories(); });
document.addEventListener('gr-lang', () => { loadCategories(); if (last) { $('form').requestSubmit(); } });
