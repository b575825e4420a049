// Shared by the pages: the site header (home link, navigation, language switch), language, calls to the API, errors next to
// their fields. No build step, no framework: each page holds an empty <header class="site"></header> that this fills.
'use strict';

const GR = (() => {
  const stored = localStorage.getItem('gr-lang');
  let lang = stored === 'en' ? 'en' : 'zh-Hans';
  const dict = {};

  function t(key) {
    const entry = dict[key];
    return entry ? (lang === 'en' ? entry[1] : entry[0]) : key;
  }

  function words(entries) { Object.assign(dict, entries); }

  function localize(root = document) {
    document.documentElement.lang = lang;
    root.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
    root.querySelectorAll('[data-t-placeholder]').forEach(el => { el.placeholder = t(el.dataset.tPlaceholder); });
    root.querySelectorAll('[data-t-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.tLabel)); });
    const title = document.querySelector('title[data-t-title]');
    if (title) { document.title = t(title.dataset.tTitle); }
    const switcher = document.getElementById('lang-switch');
    if (switcher) { switcher.textContent = lang === 'en' ? '中文' : 'English'; switcher.lang = lang === 'en' ? 'zh-Hans' : 'en'; }
  }

  function setLang(next) {
    lang = next;
    localStorage.setItem('gr-lang', next);
    localize();
    document.dispatchEvent(new CustomEvent('gr-lang'));
  }

  async function call(method, url, body) {
    const options = { method, headers: { 'Accept-Language': lang, 'Accept': 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(url, options);
    const json = await response.json();
    return { ok: response.ok, status: response.status, json, pack: response.headers.get('X-Rules-Pack'), hash: response.headers.get('X-Rules-Pack-Hash') };
  }

  function clearErrors(form) {
    form.querySelectorAll('.error[data-for]').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
    const summary = form.querySelector('.summary-error');
    if (summary) { summary.hidden = true; summary.textContent = ''; }
  }

  // Shows each problem error next to the field whose data-path is its path; the rest in the summary at the top of the form.
  function showErrors(form, problem) {
    clearErrors(form);
    const left = [];
    let first = null;
    for (const error of problem.errors || []) {
      const field = form.querySelector(`[data-path="${CSS.escape(error.path)}"]`);
      if (!field) { left.push(error); continue; }
      const message = document.createElement('p');
      message.className = 'error';
      message.dataset.for = error.path;
      message.id = 'err-' + field.id;
      message.textContent = error.message;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', message.id);
      field.insertAdjacentElement('afterend', message);
      first = first || field;
    }
    const summary = form.querySelector('.summary-error');
    if (summary && (left.length > 0 || !first)) {
      summary.hidden = false;
      summary.textContent = '';
      const heading = document.createElement('p');
      heading.textContent = problem.title;
      summary.append(heading);
      for (const error of left.length > 0 ? left : problem.errors || []) {
        const item = document.createElement('p');
        item.className = 'error';
        item.textContent = error.path && error.path !== '$' ? `${error.path}: ${error.message}` : error.message;
        summary.append(item);
      }
      summary.focus();
    } else if (first) {
      first.focus();
    }
  }

  function name(text) { return text ? (lang === 'en' ? text.en : (text.zhHans || text['zh-Hans'])) : ''; }

  function money(value) { return Number(value).toFixed(2); }

  function stamp(el, result) {
    const s = result.json.stamp;
    el.textContent = s ? `${t('stamp')}: ${s.packId}@${s.packVersion} · SHA-256 ${s.packHash} · ${t('asOf')} ${s.asOf}` : '';
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v; else if (k === 'text') node.textContent = v; else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) { if (c !== null && c !== undefined) node.append(c); }
    return node;
  }

  // The latest value of a list parameter of the pack (districts, posts, worker categories…), for a page's choices.
  async function list(key) {
    const r = await call('GET', 'api/parameters/' + encodeURIComponent(key));
    const entries = r.ok ? r.json.entries : [];
    return entries.length > 0 ? entries[entries.length - 1].value || [] : [];
  }

  // Fills a select with {code, zh-Hans, en} items in the page's language, keeping an empty choice and the current value.
  function options(select, items) {
    const current = select.value;
    const keep = select.querySelector('option[value=""]');
    select.replaceChildren(...(keep ? [keep] : []), ...items.map(i => el('option', { value: i.code, text: lang === 'en' ? i.en : i['zh-Hans'] })));
    if (current) { select.value = current; }
  }

  // The pages of the site, in the order of the navigation: file and the word key of its name.
  const pages = [['elderly.html', 'elderly'], ['staffing.html', 'staffing'], ['pay.html', 'pay'], ['certificate.html', 'certificate'], ['parameters.html', 'parameters']];

  // The header every page shares: a link past it to the page's content, the home link, the other pages (the current one
  // marked, none on the home page, whose content is that list) and the language switch. Texts come from localize().
  function header() {
    const host = document.querySelector('header.site');
    const main = document.querySelector('main');
    if (!host) { return; }
    const here = location.pathname.split('/').pop() || 'index.html';
    if (main) { main.id = main.id || 'content'; main.tabIndex = -1; }
    const children = [];
    if (main) { children.push(el('a', { class: 'skip', href: '#' + main.id, 'data-t': 'skip' })); }
    children.push(el('a', { class: 'home', href: 'index.html', 'data-t': 'home' }));
    children.push(el('button', { type: 'button', id: 'lang-switch', class: 'secondary' }));
    if (here !== 'index.html') {
      children.push(el('nav', { class: 'site', 'data-t-label': 'pages' }, el('ul', {},
        ...pages.map(([file, key]) => el('li', {}, el('a', { href: file, 'data-t': key, 'aria-current': file === here ? 'page' : null }))))));
    }
    host.replaceChildren(...children);
  }

  function todo() { return el('span', { class: 'todo', title: t('placeholderHint'), text: t('placeholder') }); }

  words({
    home: ['政策计算器', 'Policy calculators'],
    elderly: ['苏颐养待遇计算', 'Elderly-care benefits'],
    staffing: ['社区工作者配备', 'Staffing quota'],
    pay: ['三岗十八级薪酬', 'Grade and pay'],
    certificate: ['能否出具证明', 'May the community issue it?'],
    parameters: ['参数查询', 'Parameter explorer'],
    stamp: ['依据', 'Basis'],
    asOf: ['测算日期', 'as of'],
    placeholder: ['待核实', 'to be confirmed'],
    placeholderHint: ['所用数字为占位值，须经当地民政部门核实', 'A figure used is a placeholder that the local civil-affairs bureau must confirm'],
    calculate: ['计算', 'Calculate'],
    skip: ['跳到正文', 'Skip to content'],
    pages: ['各项计算', 'Calculators'],
    optional: ['（选填）', '(optional)'],
  });

  header();
  document.addEventListener('DOMContentLoaded', () => {
    const switcher = document.getElementById('lang-switch');
    if (switcher) { switcher.addEventListener('click', () => setLang(lang === 'en' ? 'zh-Hans' : 'en')); }
    localize();
  });

  return { t, words, localize, call, list, options, showErrors, clearErrors, name, money, stamp, el, todo, get lang() { return lang; } };
})();
