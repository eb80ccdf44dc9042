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
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ...options, ariaLabel: caption });
    container.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options, caption]);
  return (
    <figure className="plot-figure">
      <div ref={container} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
