import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

/** Props of PlotFigure. */
export interface PlotFigureProps {
  /** Observable Plot options; rebuilt whenever this object changes (memoise it). */
  options: Plot.PlotOptions;
  /** Caption shown under the chart and used as its accessible name. */
  caption: string;
}

/** Renders an Observable Plot chart as an accessible figure with a caption. */
export function PlotFigure({ options, caption }: PlotFigureProps) {
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ...options, ariaLabel: caption });
    // Plot labels its inner groups, which ARIA forbids on elements without a role: the chart is
    // one image, described by its caption, with the exact figures in a table beside it.
    for (const group of chart.querySelectorAll('g[aria-label], g[aria-description]')) {
      group.removeAttribute('aria-label');
      group.removeAttribute('aria-description');
    }
    chart.setAttribute('role', 'img');
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options, caption]);
  return (
    <figure className="plot-figure">
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section ref={container} className="plot-figure__scroll" tabIndex={0} aria-label={caption} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
