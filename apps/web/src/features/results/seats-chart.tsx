import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { PlotFigure } from '../../components/plot-figure';
import { partyColour } from './party-colours';

/** Seats needed for a Commons majority (of 650). */
export const MAJORITY_SEATS = 326;

/** A horizontal bar chart of seats by party (parties with seats only). */
export function SeatsChart({ seats, caption }: { seats: Readonly<Record<string, number>>; caption: string }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const data = Object.entries(seats)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([party, n]) => ({ party, seats: n }));
    return {
      width: 640,
      height: 40 + data.length * 24,
      marginLeft: 60,
      // Room for the count printed after the longest bar.
      marginRight: 40,
      x: { label: 'Seats', grid: true },
      y: { label: null, domain: data.map((d) => d.party) },
      marks: [
        Plot.barX(data, { x: 'seats', y: 'party', fill: (d: { party: string }) => partyColour(d.party) }),
        Plot.text(data, { x: 'seats', y: 'party', text: 'seats', dx: 6, textAnchor: 'start' }),
        Plot.ruleX([MAJORITY_SEATS], { stroke: '#333', strokeDasharray: '4,3' }),
      ],
    };
  }, [seats]);
  return <PlotFigure options={options} caption={caption} />;
}
