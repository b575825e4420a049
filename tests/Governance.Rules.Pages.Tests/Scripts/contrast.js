// WCAG 2.x contrast checks run inside a page. `contrast()` measures every visible text element (and every form control
// showing a value or a placeholder) against its effective background: the background colours of the element and its
// ancestors, composited from the first opaque one (the canvas is white). `focusIndicator()` measures the focused
// element's outline against the background around it. Both return plain objects for the test to judge.
(() => {
  const parse = text => {
    const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text.trim());
    if (!m) { return null; }
    const alpha = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[5] ? 100 : 1);
    return { r: +m[1], g: +m[2], b: +m[3], a: alpha };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const channel = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const ratio = (a, b) => {
    const la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  };
  const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
  const describe = (el, text) => {
    let name = el.tagName.toLowerCase();
    if (el.id) { name += '#' + el.id; }
    if (el.classList.length) { name += '.' + [...el.classList].join('.'); }
    return text ? `${name} "${text.replace(/\s+/g, ' ').trim().slice(0, 40)}"` : name;
  };

  // Background colours of the element and its ancestors down to the first opaque one; a background image cannot be judged.
  const background = el => {
    const layers = [];
    let image = null;
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.backgroundImage && style.backgroundImage !== 'none') { image = describe(e); }
      const c = parse(style.backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) { break; }
      }
    }
    let result = { r: 255, g: 255, b: 255, a: 1 };
    for (let i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
    return { colour: result, image };
  };

  const opacity = el => {
    let value = 1;
    for (let e = el; e; e = e.parentElement) { value *= parseFloat(getComputedStyle(e).opacity); }
    return value;
  };

  const visible = el => {
    if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) { return false; }
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  };

  const ownText = el => [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
  const shown = el => {
    if (el.matches('input[type=checkbox], input[type=radio], input[type=hidden], input[type=range], input[type=color]')) { return null; }
    if (el.matches('input, textarea')) {
      if (el.value) { return { text: el.value, pseudo: null }; }
      if (el.placeholder) { return { text: el.placeholder, pseudo: '::placeholder' }; }
      return el.matches('input[type=date], input[type=month]') ? { text: 'yyyy-mm-dd', pseudo: null } : null;
    }
    if (el.matches('select')) { return el.selectedOptions.length ? { text: el.selectedOptions[0].textContent, pseudo: null } : null; }
    const text = ownText(el);
    return text ? { text, pseudo: null } : null;
  };

  function measure(el, pseudo) {
    const style = getComputedStyle(el, pseudo);
    const size = parseFloat(style.fontSize);
    const bold = parseInt(style.fontWeight, 10) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const fg = parse(style.color);
    const bg = background(el);
    if (!fg) { return { ok: false, reason: `colour ${style.color} not understood` }; }
    const alpha = fg.a * opacity(el);
    const effective = over({ ...fg, a: alpha }, bg.colour);
    const value = ratio(effective, bg.colour);
    const required = large ? 3 : 4.5;
    return { ok: value >= required && !bg.image, value, required, fg: hex(effective), bg: hex(bg.colour), image: bg.image, size, bold };
  }

  window.__contrast = () => {
    const checked = [];
    const failures = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.matches('script, style, option, optgroup, template') || el.closest('[hidden]') || !visible(el)) { continue; }
      if (el.matches(':disabled')) { continue; } // inactive controls are exempt (WCAG 1.4.3)
      const what = shown(el);
      if (!what) { continue; }
      const m = measure(el, what.pseudo);
      const name = describe(el, what.text) + (what.pseudo || '');
      checked.push(name);
      if (!m.ok) {
        failures.push(m.image
          ? `${name}: on a background image (${m.image}), contrast cannot be judged`
          : `${name}: ${m.value ? m.value.toFixed(2) : '?'}:1 (${m.fg} on ${m.bg}, ${m.size}px${m.bold ? ' bold' : ''}), needs ${m.required}:1${m.reason ? ' — ' + m.reason : ''}`);
      }
    }
    return { checked: checked.length, failures };
  };

  // The focused element's indicator: an outline at least 2 px wide whose colour stands 3:1 against what is around it.
  window.__focus = () => {
    const el = document.activeElement;
    if (!el || el === document.body) { return { name: null, ok: false, detail: 'nothing focused' }; }
    const style = getComputedStyle(el);
    const name = describe(el, shown(el)?.text || el.getAttribute('aria-label') || '');
    const width = parseFloat(style.outlineWidth);
    if (style.outlineStyle === 'none' || !(width >= 2)) {
      return { name, ok: false, detail: `no outline (${style.outlineStyle} ${style.outlineWidth})` };
    }
    const colour = parse(style.outlineColor);
    const around = background(el.parentElement || el).colour;
    const value = colour ? ratio(over(colour, around), around) : 0;
    return { name, ok: value >= 3, detail: `outline ${style.outlineColor} ${value.toFixed(2)}:1 against ${hex(around)}` };
  };
})();
