// 三岗十八级: a worker's grade and monthly pay; posts, degrees and qualifications come from the pack.
'use strict';

GR.words({
  payIntro: ['按“三岗十八级”核定社区工作者的岗位等级和月薪酬。', 'A community worker\'s grade and monthly pay under the three-post, eighteen-grade scale.'],
  serviceStart: ['参加社区工作日期', 'Started community work on'], post: ['现任岗位', 'Current post'], postFrom: ['任现岗位日期', 'In this post since'],
  degree: ['学历（选填）', 'Degree (optional)'], qualification: ['职业资格（选填）', 'Qualification (optional)'], obtained: ['取得资格日期', 'Obtained on'],
  none: ['无', 'None'], asOfLabel: ['日期', 'Date'], result: ['结果', 'Result'],
  grade: ['岗位等级', 'Grade'], coefficient: ['等级系数', 'Coefficient'], base: ['基数（元/月）', 'Base (yuan a month)'], standard: ['月薪酬标准', 'Monthly standard'],
  basic: ['基本报酬', 'Basic pay'], performance: ['绩效报酬', 'Performance pay'], allowance: ['津贴', 'Allowance'], total: ['月合计（元）', 'Month total (yuan)'], next: ['下次晋档', 'Next step'],
});

const $ = id => document.getElementById(id);
let last = null;

async function load() {
  GR.options($('post'), await GR.list('pay.posts'));
  GR.options($('degree'), await GR.list('pay.degree_credit_years'));
  GR.options($('qualification'), await GR.list('pay.qualification_uplift'));
}

async function submit(event) {
  event.preventDefault();
  const worker = {
    id: 'worker',
    service: [{ start: $('serviceStart').value || null }],
    posts: [{ post: $('post').value, from: $('postFrom').value || null }],
  };
  if ($('degree').value) { worker.degree = $('degree').value; }
  if ($('qualification').value) { worker.qualifications = [{ qualification: $('qualification').value, obtained: $('obtained').value || null }]; }
  const asOf = $('asOf').value;
  const r = await GR.call('POST', 'api/pay-monthly/evaluate' + (asOf ? '?asOf=' + asOf : ''), worker);
  if (!r.ok) { $('result').hidden = true; GR.showErrors($('form'), r.json); return; }
  GR.clearErrors($('form'));
  last = r;
  const o = r.json.outcome;
  $('result').hidden = false;
  const facts = $('facts');
  facts.replaceChildren();
  const add = (label, value) => facts.append(GR.el('dt', { text: GR.t(label) }), GR.el('dd', { text: String(value) }));
  add('grade', `${GR.name(o.grade.post.name)} · ${o.grade.grade}`);
  add('base', GR.money(o.baseAmount));
  add('coefficient', o.coefficient);
  add('standard', GR.money(o.standard));
  add('basic', GR.money(o.basic));
  add('performance', GR.money(o.performance));
  add('allowance', GR.money(o.allowance));
  add('total', GR.money(o.total));
  add('next', o.grade.nextStepDate || '-');
  $('warnings').replaceChildren(...(r.json.warnings || []).map(w => GR.el('p', {}, GR.todo(), ' ', w.message)));
  GR.stamp($('stamp'), r);
}

document.addEventListener('DOMContentLoaded', () => { $('form').addEventListener('submit', submit); load(); });
document.addEventListener('gr-lang', () => { load(); if (last) { $('form').requestSubmit(); } });
