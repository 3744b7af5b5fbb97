/**
 * One <svg> of a chart copied as an image of its own: its computed styles written on every element,
 * since the page's CSS does not reach an SVG drawn as an image, framed to take in what overflows
 * it on the page.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

// What styles an SVG's look; colours given as url(#pattern) stay on their attributes, since a
// computed url() names the page's address, not the copy's.
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** A box on the page, in CSS pixels from the viewport's corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

export const isShown = (el: Element) => {
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
};

function inlineStyles(source: Element, copy: Element) {
  const computed = getComputedStyle(source);
  const style = (copy as SVGElement).style;
  for (const prop of STYLE_PROPS) {
    const value = computed.getPropertyValue(prop);
    if (value && !value.includes('url(')) style.setProperty(prop, value);
  }
  if (computed.display === 'none') style.setProperty('display', 'none');
  Array.from(source.children).forEach((child, i) => {
    const copied = copy.children[i];
    if (copied) inlineStyles(child, copied);
  });
}

export interface SvgPart {
  box: Box;
  markup: string;
}

/** An <svg> with its styles, framed to take in what overflows it (a bar's figure at its end). */
export function svgPart(svg: SVGSVGElement): SvgPart {
  const rect = svg.getBoundingClientRect();
  let box: Box = rect;
  for (const el of Array.from(svg.querySelectorAll('*'))) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) box = union(box, r);
  }
  const view = svg.viewBox.baseVal;
  const hasView = view && view.width > 0 && view.height > 0;
  const sx = hasView ? view.width / rect.width : 1;
  const sy = hasView ? view.height / rect.height : 1;
  const x0 = hasView ? view.x : 0;
  const y0 = hasView ? view.y : 0;
  const width = box.right - box.left;
  const height = box.bottom - box.top;

  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  copy.setAttribute(
    'viewBox',
    [
      x0 + (box.left - rect.left) * sx,
      y0 + (box.top - rect.top) * sy,
      width * sx,
      height * sy,
    ].join(' '),
  );
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  // Sized by its attributes alone: a width of 100% means nothing in an image of its own.
  for (const prop of ['width', 'height', 'overflow']) copy.style.removeProperty(prop);
  return { box, markup: new XMLSerializer().serializeToString(copy) };
}

/** The copy as an image to draw; its address is released once the image is decoded. */
export async function loadSvg(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}
