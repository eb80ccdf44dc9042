import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { PlotFigure } from '../../components/plot-figure';
import type { CountResult } from './count-types';

/** A line chart of each candidate's total by stage, with the quota marked. */
export function StageChart({ result }: { result: CountResult }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    // Chart positions only: the exact figures are in the table beside it.
    const points = result.stages.flatMap((stage) =>
      Object.entries(stage.totals).map(([candidate, total]) => ({
        stage: stage.stage,
        candidate,
        total: Number(total),
      })),
    );
    const quota = result.quota === null ? undefined : Number(result.quota);
    return {
      width: 720,
      height: 360,
      marginRight: 120,
      x: { label: 'Stage', ticks: result.stages.map((stage) => stage.stage), tickFormat: 'd' },
      y: { label: 'Votes', grid: true, zero: true },
      color: { legend: false },
      marks: [
        ...(quota !== undefined ? [Plot.ruleY([quota], { stroke: '#a4161a', strokeDasharray: '4,3' })] : []),
        Plot.line(points, { x: 'stage', y: 'total', stroke: 'candidate', marker: 'circle' }),
        Plot.text(
          // Name the lines still above zero at the end; excluded candidates' lines all end at 0.
          points.filter((p) => p.stage === result.stages.length && p.total > 0),
          { x: 'stage', y: 'total', text: 'candidate', dx: 8, textAnchor: 'start', fill: 'candidate' },
        ),
      ],
    };
  }, [result]);
  return (
    <PlotFigure
      options={options}
      caption={`Each candidate’s total by stage${result.quota ? `; dashed line: quota ${result.quota}` : ''}.`}
    />
  );
}
