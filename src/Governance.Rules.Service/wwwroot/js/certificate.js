// "Can the community issue this certificate?" with the printable refusal notice the API returns.
'use strict';

GR.words({
  certIntro: ['输入居民要求开具的证明，看社区（村）能否出具；依规不再由社区出具的，可打印不予出具告知书。', 'Enter the certificate a resident asks for to see whether the community may issue it; where the rules say it no longer does, print the refusal notice.'],
  certText: ['要开的证明', 'Certificate asked for'], certHint: ['例如：亲属关系证明、居住证明', 'For example: certificate of kinship, of residence'],
  requester: ['索取单位', 'Asked for by'], 'req.unspecified': ['未说明', 'Not stated'], 'req.bank': ['银行等金融机构', 'A bank'], 'req.school': ['学校', 'A school'],
  'req.court': ['法院', 'A court'], 'req.employer': ['用人单位', 'An employer'], 'req.government': ['政府部门', 'A government department'], 'req.hospital': ['医疗机构', 'A hospital'], 'req.other': ['其他单位', 'Another body'],
  purpose: ['用途（选填）', 'Purpose (optional)'], asOfLabel: ['日期', 'Date'], check: ['查询', 'Check'], answer: ['答复', 'Answer'],
  noticeTitle: ['不予出具证明告知书', 'Notice of refusal'], print: ['打印告知书', 'Print the notice'],
  basis: ['依据', 'Basis'], redirect: ['请前往', 'Where to go'], evidence: ['可提供的替代材料', 'Evidence instead'], candidates: ['您是否要找', 'Did you mean'],
});

const $ = id => document.getElementById(id);
let last = null;

function detailText(detail) {
  if (!detail) { return null; }
  const span = GR.el('span', { text: GR.name(detail.text) + ' ' });
  if (detail.provenance === 'placeholder') { span.append(GR.todo()); }
  return span;
}

function render(result) {
  const o = result.json.outcome;
  $('result').hidden = false;
  $('message').textContent = GR.name(o.message);
  const facts = $('facts');
  facts.replaceChildren();
  const add = (label, value) => { if (value) { facts.append(GR.el('dt', { text: label }), GR.el('dd', {}, value)); } };
  add(GR.t('basis'), o.basis ? [o.basis.issuer, o.basis.title, o.basis.documentNumber].filter(Boolean).join(' · ') : null);
  add(GR.t('redirect'), detailText(o.redirect));
  add(GR.t('evidence'), detailText(o.evidence));
  add(GR.t('candidates'), (o.candidates || []).map(c => GR.name(c.name)).join('、'));
  const notice = result.json.texts && result.json.texts.refusalNotice;
  $('notice-section').hidden = !notice;
  $('notice').textContent = notice || '';
  GR.stamp($('stamp'), result);
}

async function submit(event) {
  event.preventDefault();
  const body = { text: $('text').value || null, requester: $('requester').value };
  if ($('purpose').value) { body.purpose = $('purpose').value; }
  const asOf = $('asOf').value;
  const result = await GR.call('POST', 'api/certificate/evaluate' + (asOf ? '?asOf=' + asOf : ''), body);
  if (!result.ok) { $('result').hidden = true; $('notice-section').hidden = true; GR.showErrors($('form'), result.json); return; }
  GR.clearErrors($('form'));
  last = result;
  render(result);
}

document.addEventListener('DOMContentLoaded', () => {
  $('form').addEventListener('submit', submit);
  $('print').addEventListener('click', () => { document.body.classList.add('printing-notice'); window.print(); document.body.classList.remove('printing-notice'); });
});
document.addEventListener('gr-lang', () => { if (last) { $('form').requestSubmit(); } });
