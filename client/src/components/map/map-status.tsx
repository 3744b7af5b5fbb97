import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { DomEvent } from 'leaflet';
import { useMap } from 'react-leaflet';

/**
 * A message laid over the map (loading, or an error with a retry button). Clicks on it stay
 * with it instead of panning or zooming the map underneath.
 */
export function MapStatus({
  children,
  tone = 'info',
}: {
  children: ReactNode;
  tone?: 'info' | 'error';
}) {
  const map = useMap();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    DomEvent.disableClickPropagation(ref.current);
    DomEvent.disableScrollPropagation(ref.current);
  }, []);
  return createPortal(
    <div
      ref={ref}
      className={`map-status map-status-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>,
    map.getContainer(),
  );
}
