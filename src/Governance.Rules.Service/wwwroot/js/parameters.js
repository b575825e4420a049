// Parameter explorer: every parameter in force on a date, and one parameter's timeline.
'use strict';

GR.words({
  paramIntro: ['某一天有效的每个参数：取值、来源层、引用与来源性质。占位值标为“待核实”。点参数名看它的历次变化。', 'Every parameter in force on a date with its value, layer, citation and provenance; placeholders are marked "to be confirmed". Choose a parameter to see its timeline.'],
  at: ['日期', 'Date'], filter: ['筛选（选填）', 'Filter (optional)'], filterHint: ['例如 elderly 或 尊老金', 'for example elderly'], show: ['查看', 'Show'],
  key: ['参数', 'Parameter'], value: ['取值', 'Value'], from: ['生效', 'From'], until: ['截止', 'Until'], layer: ['来源层', 'Layer'], provenance: ['来源性质', 'Provenance'], citation: ['引用', 'Citation'],
  inForce: ['个参数有效', 'parameters in force'], 'p.official': ['正式文本', 'official'], 'p.reported': ['据报道', 'reported'], 'p.placeholder': ['占位值', 'placeholder'], ended: ['已终止', 'ended'],
  timelineOf: ['历次取值：', 'Timeline: '],
});

const $ = id => document.getElementById(id);

function valueText(entry) {
  if (entry.ended) { return GR.t('ended'); }
  const text = typeof entry.value === 'string' ? entry.value : JSON.stringify(entry.value);
  return (text.length > 160 ? text.slice(0, 160) + '…' : text) + (entry.unit ? ' ' + entry.unit : '');
}

function provenanceCell(entry) {
  const cell = GR.el('td', { text: GR.t('p.' + entry.provenance) + ' ' });
  if (entry.placeholder) { cell.append(GR.todo()); }
  return cell;
}

function citationCell(entry) {
  const c = entry.citation;
  if (!c) { return GR.el('td', { text: '-' }); }
  return GR.el('td', {}, c.url ? GR.el('a', { href: c.url, rel: 'noreferrer', text: c.text }) : c.text);
}

function head(...labels) { return GR.el('thead', {}, GR.el('tr', {}, ...labels.map(l => GR.el('th', { scope: 'col', text: GR.t(l) })))); }

async function showTimeline(key) {
  const r = await GR.call('GET', 'api/parameters/' + encodeURIComponent(key));
  if (!r.ok) { return; }
  $('timeline-section').hidden = false;
  $('timeline-title').textContent = GR.t('timelineOf') + r.json.name + '（' + r.json.key + '）';
  const body = GR.el('tbody', {}, ...r.json.entries.map(e => GR.el('tr', {},
    GR.el('td', { text: e.from }), GR.el('td', { text: e.until || '-' }), GR.el('td', { text: valueText(e) }),
    GR.el('td', { text: e.layer }), provenanceCell(e), citationCell(e))));
  $('timeline').replaceChildren(head('from', 'until', 'value', 'layer', 'provenance', 'citation'), body);
  $('timeline-section').scrollIntoView();
}

async function submit(event) {
  if (event) { event.preventDefault(); }
  const at = $('at').value;
  const r = await GR.call('GET', 'api/parameters' + (at ? '?at=' + at : ''));
  if (!r.ok) { $('result').hidden = true; GR.showErrors($('form'), r.json); return; }
  GR.clearErrors($('form'));
  const filter = $('filter').value.trim().toLowerCase();
  const rows = r.json.parameters.filter(p => !filter || p.key.toLowerCase().includes(filter) || p.name.toLowerCase().includes(filter));
  $('result').hidden = false;
  $('count').textContent = `${r.json.at}：${rows.length} ${GR.t('inForce')}`;
  const body = GR.el('tbody', {}, ...rows.map(p => {
    const button = GR.el('button', { type: 'button', class: 'secondary', 'data-key': p.key, text: p.name });
    button.addEventListener('click', () => showTimeline(p.key));
    return GR.el('tr', { 'data-key': p.key },
      GR.el('td', {}, button, GR.el('div', { class: 'stamp', text: p.key })),
      GR.el('td', { text: valueText(p) }), GR.el('td', { text: p.from }), GR.el('td', { text: p.layer }), provenanceCell(p), citationCell(p));
  }));
  $('table').replaceChildren(head('key', 'value', 'from', 'layer', 'provenance', 'citation'), body);
  $('stamp').textContent = `${GR.t('stamp')}: ${r.pack} · SHA-256 ${r.hash}`;
}

document.addEventListener('DOMContentLoaded', () => { $('form').addEventListener('submit', submit); submit(); });
document.addEventListener('gr-lang', () => submit());
