/**
 * A chart as a PNG image: its title above, then its drawing as it is on screen. Each <svg> of the
 * drawing (the chart, the legend's swatches) is copied with its computed styles written on it,
 * since page CSS does not reach an SVG drawn as an image, and drawn on a canvas where it is on the
 * page; the text around them (the legend's names) is written with its own font and colour.
 */

import { isShown, loadSvg, svgPart, union, type Box } from './chart-svg';

const PADDING = 16;
const TITLE_GAP = 12;
const SCALE = 2;

interface TextPart {
  box: Box;
  text: string;
  font: string;
  color: string;
}

const fontOf = (style: CSSStyleDeclaration) =>
  `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;

/** The drawing's text outside its SVGs, word by word where a line wraps. */
function textParts(drawing: HTMLElement): TextPart[] {
  const parts: TextPart[] = [];
  const walker = document.createTreeWalker(drawing, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.nodeValue ?? '';
    if (!parent || parent.closest('svg') || !text.trim() || !isShown(parent)) continue;
    const style = getComputedStyle(parent);
    const cased = (t: string) => (style.textTransform === 'uppercase' ? t.toUpperCase() : t);
    const range = document.createRange();
    range.setStart(node, text.search(/\S/));
    range.setEnd(node, text.trimEnd().length);
    const pieces =
      range.getClientRects().length <= 1
        ? [{ text: text.trim().replace(/\s+/g, ' '), rect: range.getBoundingClientRect() }]
        : Array.from(text.matchAll(/\S+/g), (m) => {
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            return { text: m[0], rect: range.getBoundingClientRect() };
          });
    for (const { text: piece, rect } of pieces) {
      if (rect.width === 0 || rect.height === 0) continue;
      parts.push({ box: rect, text: cased(piece), font: fontOf(style), color: style.color });
    }
  }
  return parts;
}

/** Boxes with a colour of their own around the text, e.g. a legend's swatch made of a <span>. */
function backgrounds(drawing: HTMLElement): { box: Box; color: string }[] {
  return Array.from(drawing.querySelectorAll('*'))
    .filter((el) => !(el instanceof SVGElement) && isShown(el))
    .map((el) => ({ box: el.getBoundingClientRect(), color: getComputedStyle(el).backgroundColor }))
    .filter(({ box, color }) => box.width > 0 && !/^(transparent|rgba\(.*,\s*0\))$/.test(color));
}

/** The title's lines, broken between words to fit the width. */
function titleLines(ctx: CanvasRenderingContext2D, title: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No image'))), 'image/png'),
  );
}

/** The chart's drawing under its title, on white, as a PNG at twice the screen's size. */
export async function chartPng(
  drawing: HTMLElement,
  title: string,
  titleStyle: CSSStyleDeclaration,
): Promise<Blob> {
  const svgs = Array.from(drawing.querySelectorAll('svg')).filter(
    (svg) => !svg.parentElement?.closest('svg') && isShown(svg),
  );
  const svgParts = svgs.map(svgPart);
  const texts = textParts(drawing);
  const fills = backgrounds(drawing);
  const images = await Promise.all(svgParts.map((p) => loadSvg(p.markup)));

  const frame = [...svgParts, ...texts, ...fills].reduce<Box>(
    (box, part) => union(box, part.box),
    drawing.getBoundingClientRect(),
  );
  const width = frame.right - frame.left;
  const height = frame.bottom - frame.top;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('No canvas');
  const titleFont = `${titleStyle.fontWeight} ${titleStyle.fontSize} ${titleStyle.fontFamily}`;
  measure.font = titleFont;
  const lines = titleLines(measure, title, width);
  const lineHeight = Math.round(parseFloat(titleStyle.fontSize) * 1.3) || 24;
  const titleHeight = lines.length * lineHeight + TITLE_GAP;

  canvas.width = Math.ceil((width + 2 * PADDING) * SCALE);
  canvas.height = Math.ceil((height + titleHeight + 2 * PADDING) * SCALE);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width + 2 * PADDING, height + titleHeight + 2 * PADDING);

  ctx.font = titleFont;
  ctx.fillStyle = titleStyle.color || '#1d2125';
  ctx.textBaseline = 'top';
  lines.forEach((line, i) => ctx.fillText(line, PADDING, PADDING + i * lineHeight));

  ctx.translate(PADDING - frame.left, PADDING + titleHeight - frame.top);
  for (const { box, color } of fills) {
    ctx.fillStyle = color;
    ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
  }
  svgParts.forEach(({ box }, i) =>
    ctx.drawImage(images[i]!, box.left, box.top, box.right - box.left, box.bottom - box.top),
  );
  for (const { box, text, font, color } of texts) {
    ctx.font = font;
    ctx.fillStyle = color;
    // The ascent is measured from the current baseline: set it first.
    ctx.textBaseline = 'alphabetic';
    const ascent = ctx.measureText(text).fontBoundingBoxAscent;
    if (Number.isFinite(ascent)) {
      ctx.fillText(text, box.left, box.top + ascent);
    } else {
      ctx.textBaseline = 'middle';
      ctx.fillText(text, box.left, (box.top + box.bottom) / 2);
    }
  }
  return toPng(canvas);
}
