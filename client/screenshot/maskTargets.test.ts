import { describe, expect, it } from 'vitest';
import {
  blankMaskedElements,
  isWidgetElement,
  maskBoxes,
  maskSelector,
  widgetMarker,
} from './maskTargets';

describe('maskSelector', () => {
  it('joins the defaults and valid extra selectors, naming the bad ones', () => {
    const { selector, rejected } = maskSelector(document, ['.salary', '][bad']);
    expect(selector).toContain('[data-tierdesk-mask]');
    expect(selector).toContain('.salary');
    expect(rejected).toEqual(['][bad']);
  });
});

describe('blankMaskedElements', () => {
  it('blanks passwords, marked elements and configured selectors, and leaves the rest', () => {
    document.body.innerHTML = `
      <input type="password" value="hunter2">
      <div data-tierdesk-mask>IBAN DE89 3704</div>
      <span class="salary">4,200 EUR</span>
      <p>visible</p>`;
    const { selector } = maskSelector(document, ['.salary']);
    expect(blankMaskedElements(document, selector)).toBe(3);
    expect(document.querySelector('input')!.value).toBe('');
    expect(document.querySelector('div')!.textContent).toBe('');
    expect(document.querySelector('.salary')!.textContent).toBe('');
    expect(document.querySelector('p')!.textContent).toBe('visible');
  });
});

describe('maskBoxes and isWidgetElement', () => {
  it('skips elements without a box and recognises the widget', () => {
    document.body.innerHTML = `<div data-tierdesk-mask></div><div ${widgetMarker}></div>`;
    expect(maskBoxes(document, '[data-tierdesk-mask]')).toEqual([]); // happy-dom has no layout
    expect(isWidgetElement(document.body.lastElementChild!)).toBe(true);
    expect(isWidgetElement(document.body.firstElementChild!)).toBe(false);
  });
});
