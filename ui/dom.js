// @ts-check
// A tiny element builder. Text always goes in as text, never as HTML. No listeners: the
// page is morphed into the live one (render.js), and a `data-action` says what a control does.

/**
 * @typedef {string | number | boolean | null | undefined} AttrValue
 * @typedef {Node | string | null | undefined | false} Child
 * @typedef {{
 *   class?: string | Array<string | false | null | undefined>,
 *   dataset?: Record<string, string | undefined>,
 *   [attr: string]: unknown,
 * }} Props
 */

/**
 * Creates an HTML element. Attributes with `false`, `null` or `undefined` are left off;
 * `true` sets an empty attribute (`disabled`, `hidden`).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props | null} [props]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (key === 'class') {
        const names = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        if (typeof names === 'string' && names) element.className = names;
      } else if (key === 'dataset') {
        for (const [name, data] of Object.entries(/** @type {Record<string, string | undefined>} */ (value))) {
          if (data !== undefined) element.dataset[name] = data;
        }
      } else if (value === true) {
        element.setAttribute(key, '');
      } else if (value !== false && value !== null && value !== undefined) {
        element.setAttribute(key, String(value));
      }
    }
  }
  append(element, children);
  return element;
}

/**
 * @param {Node} parent
 * @param {Array<Child | Child[]>} children
 */
function append(parent, children) {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (typeof child === 'string') parent.appendChild(document.createTextNode(child));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An inline SVG icon from path data on a 24×24 grid, drawn with `currentColor`.
 * @param {string[]} paths  `d` attributes
 * @param {{ class?: string, filled?: boolean, size?: number }} [options]
 * @returns {SVGSVGElement}
 */
export function svgIcon(paths, options = {}) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  if (options.size) {
    svg.setAttribute('width', String(options.size));
    svg.setAttribute('height', String(options.size));
  }
  svg.setAttribute('class', ['icon', options.class].filter(Boolean).join(' '));
  if (options.filled) {
    svg.setAttribute('fill', 'currentColor');
    svg.setAttribute('stroke', 'none');
  } else {
    svg.setAttribute('fill', 'none');
    svg.setAttribute('stroke', 'currentColor');
    svg.setAttribute('stroke-width', '1.8');
    svg.setAttribute('stroke-linecap', 'round');
    svg.setAttribute('stroke-linejoin', 'round');
  }
  for (const d of paths) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    svg.appendChild(path);
  }
  return svg;
}

/**
 * A picture from one path's data on a `size`×`size` grid, drawn in the text colour on a
 * plain background (a QR code), labelled for screen readers.
 * @param {string} d
 * @param {number} size
 * @param {string} className
 * @param {string} label
 * @returns {SVGSVGElement}
 */
export function svgPath(d, size, className, label) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', className);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('class', `${className}-background`);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('class', `${className}-modules`);
  svg.append(background, path);
  return svg;
}

/**
 * What the field with this id holds ('' when there is none).
 * @param {string} id
 */
export function fieldValue(id) {
  const field = document.getElementById(id);
  return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field.value : '';
}
