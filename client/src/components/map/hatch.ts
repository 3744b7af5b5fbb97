let hatch: CanvasPattern | null | undefined;

/**
 * Diagonal grey lines on white, as a canvas pattern: Leaflet's canvas renderer takes it as a fill
 * colour. Null where there is no 2D canvas (then a plain fallback colour is used).
 */
export function hatchPattern(): CanvasPattern | null {
  if (hatch !== undefined) return hatch;
  hatch = null;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return hatch;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = '#6b7280';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  // One diagonal through the tile and the two corners it wraps into, so the lines join up.
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  hatch = ctx.createPattern(tile, 'repeat');
  return hatch;
}
