import { useRef, useState } from 'react';
import type { Journey, StageFigures } from '@waymark/domain';
import { useFormat } from '../figures/use-format';
import { useLocale, useT } from '../i18n';
import { MapGrid } from './MapGrid';
import { fitZoom, stepZoom } from './zoom';
import './viewport.css';

/** Props of `MapViewport`. */
export interface MapViewportProps {
  journey: Journey;
  label: string;
  figures?: ReadonlyMap<string, StageFigures> | undefined;
}

/**
 * The scrolling frame of a map grid with its zoom controls (zoom out, the current zoom which
 * resets to 100 %, zoom in, fit to screen). The frame carries the map's own direction, so a
 * right-to-left map opens scrolled to its first stage at the right edge. Zoom is CSS `zoom` on the
 * grid: layout, scrolling, sticky headers and pointer positions all follow it.
 */
export function MapViewport({ journey, label, figures }: MapViewportProps) {
  const t = useT();
  const { dir } = useLocale();
  const format = useFormat();
  const [zoom, setZoom] = useState(1);
  const scrollRef = useRef<HTMLDivElement>(null);
  const percent = format.percent(zoom);

  const fit = () => {
    const scroller = scrollRef.current;
    const grid = scroller?.querySelector<HTMLElement>('[data-testid="map-grid"]');
    if (!scroller || !grid) return;
    const style = getComputedStyle(grid);
    const px = (name: string) => parseFloat(style.getPropertyValue(name)) || 0;
    const columns = journey.stages.length;
    const width = px('--lane-header-width') + columns * px('--stage-width') + columns + 1;
    const height = grid.getBoundingClientRect().height / zoom;
    setZoom(fitZoom({ width, height }, { width: scroller.clientWidth, height: scroller.clientHeight }));
    scroller.scrollTo({ top: 0, left: 0 });
  };

  const stepButton = (direction: 1 | -1) => {
    const label = t(direction === 1 ? 'zoom.in' : 'zoom.out');
    return (
      <button
        type="button"
        className="icon-btn"
        aria-label={label}
        title={label}
        data-testid={direction === 1 ? 'zoom-in' : 'zoom-out'}
        onClick={() => setZoom((z) => stepZoom(z, direction))}
      >
        <span aria-hidden="true">{direction === 1 ? '+' : '−'}</span>
      </button>
    );
  };

  return (
    <div className="map-viewport">
      <div className="map-scroll" ref={scrollRef} dir={journey.direction} data-testid="map-scroll">
        <MapGrid journey={journey} label={label} figures={figures} zoom={zoom} />
      </div>
      {journey.stages.length > 0 && (
        <div className="zoom-controls" role="toolbar" aria-label={t('zoom.label')} dir={dir}>
          {stepButton(-1)}
          <button
            type="button"
            className="zoom-value"
            aria-label={t('zoom.reset', { percent })}
            title={t('zoom.reset', { percent })}
            data-testid="zoom-reset"
            onClick={() => setZoom(1)}
          >
            {percent}
          </button>
          {stepButton(1)}
          <button type="button" className="btn ghost zoom-fit" data-testid="zoom-fit" onClick={fit}>
            {t('zoom.fit')}
          </button>
        </div>
      )}
    </div>
  );
}
