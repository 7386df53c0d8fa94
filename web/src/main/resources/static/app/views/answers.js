// One input per riddle kind. Each returns {element, read()}: read() gives the answer as the API expects
// it ({text}, {chosen: [keys]} or {ordered: [keys]}), or null when nothing was answered yet.

import { announce, h, uid } from '../dom.js';
import { t } from '../i18n.js';

export function answerInput(riddle, labelId) {
  switch (riddle.kind) {
    case 'text': return typed(labelId, { autocapitalize: 'off', spellcheck: 'false' });
    case 'number': return number(riddle, labelId);
    case 'code': return code(riddle, labelId);
    case 'single-choice': return choices(riddle, labelId, 'radio');
    case 'multiple-choice': return choices(riddle, labelId, 'checkbox');
    case 'ordering': return ordering(riddle, labelId);
    default: return null;
  }
}

function typed(labelId, attributes) {
  const input = h('input', {
    type: 'text', class: 'input', autocomplete: 'off', 'aria-labelledby': labelId, ...attributes,
  });
  return {
    element: h('div', { class: 'answer' }, input),
    read: () => (input.value.trim() ? { text: input.value.trim() } : null),
  };
}

function number(riddle, labelId) {
  const unitId = uid('unit');
  const input = h('input', {
    type: 'text', inputmode: 'decimal', class: 'input input--number', autocomplete: 'off',
    'aria-labelledby': riddle.unit ? `${labelId} ${unitId}` : labelId,
  });
  return {
    element: h('div', { class: 'answer answer--number' }, input,
      riddle.unit ? h('span', { id: unitId, class: 'unit' }, riddle.unit) : null),
    read: () => (input.value.trim() ? { text: input.value.trim().replace(/\s/g, '') } : null),
  };
}

/** A padlock: one box per digit, the cursor moving on as digits are typed; pasting fills them all. */
function code(riddle, labelId) {
  const length = riddle.codeLength || 4;
  const boxes = Array.from({ length }, (_, index) => h('input', {
    type: 'text', inputmode: 'numeric', class: 'input digit', maxlength: '1', autocomplete: 'off',
    'aria-label': t('answer.digit', { position: index + 1, count: length }),
  }));
  boxes.forEach((box, index) => {
    box.addEventListener('input', () => {
      const digits = box.value.replace(/\D/g, '');
      if (digits.length > 1) {
        digits.split('').slice(0, length - index).forEach((digit, offset) => { boxes[index + offset].value = digit; });
        boxes[Math.min(length - 1, index + digits.length - 1)].focus();
      } else {
        box.value = digits;
        if (digits && index + 1 < length) boxes[index + 1].focus();
      }
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Backspace' && !box.value && index > 0) boxes[index - 1].focus();
    });
  });
  return {
    element: h('div', { class: 'answer answer--code', role: 'group', 'aria-labelledby': labelId }, boxes),
    read: () => {
      const digits = boxes.map((box) => box.value).join('');
      return digits.length ? { text: digits } : null;
    },
  };
}

function choices(riddle, labelId, type) {
  const name = uid('choice');
  const inputs = riddle.options.map((option) => h('input', { type, name, value: option.key, class: 'choice__input' }));
  const element = h('fieldset', { class: 'answer choices' },
    h('legend', { class: 'visually-hidden' }, t(type === 'radio' ? 'answer.choose-one' : 'answer.choose-many')),
    riddle.options.map((option, index) => h('label', { class: 'choice' }, inputs[index], h('span', {}, option.text))));
  element.setAttribute('aria-describedby', labelId);
  return {
    element,
    read: () => {
      const chosen = inputs.filter((input) => input.checked).map((input) => input.value);
      return chosen.length ? { chosen } : null;
    },
  };
}

/** Items put in order with buttons (no dragging needed); the list is the answer as it stands. */
function ordering(riddle, labelId) {
  const list = h('ol', { class: 'answer ordering', 'aria-describedby': labelId });
  const items = riddle.options.map((option) => {
    const up = h('button', { type: 'button', class: 'icon-button', 'aria-label': t('answer.move-up', { item: option.text }) }, '↑');
    const down = h('button', { type: 'button', class: 'icon-button', 'aria-label': t('answer.move-down', { item: option.text }) }, '↓');
    const item = h('li', { class: 'ordering__item', dataset: { key: option.key } },
      h('span', { class: 'ordering__text' }, option.text), h('span', { class: 'ordering__moves' }, up, down));
    up.addEventListener('click', () => move(item, -1, up));
    down.addEventListener('click', () => move(item, 1, down));
    return item;
  });
  list.append(...items);

  function move(item, by, button) {
    const siblings = [...list.children];
    const from = siblings.indexOf(item);
    const to = from + by;
    if (to < 0 || to >= siblings.length) return;
    if (by < 0) list.insertBefore(item, siblings[to]);
    else list.insertBefore(siblings[to], item);
    refresh();
    const text = item.querySelector('.ordering__text').textContent;
    announce(t('answer.moved', { item: text, position: to + 1, count: siblings.length }));
    (button.disabled ? item.querySelector('button:not([disabled])') : button).focus();
  }

  function refresh() {
    [...list.children].forEach((item, index, all) => {
      const [up, down] = item.querySelectorAll('button');
      up.disabled = index === 0;
      down.disabled = index === all.length - 1;
    });
  }
  refresh();
  return {
    element: list,
    read: () => ({ ordered: [...list.children].map((item) => item.dataset.key) }),
  };
}
