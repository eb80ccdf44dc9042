import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { partyColour, partyName } from './party-colours';

/** A hex to draw: a seat and its position in an odd-r HexJSON layout. */
export interface HexCell {
  code: string;
  name: string;
  q: number;
  r: number;
}

/** Props of HexMap. */
export interface HexMapProps {
  hexes: readonly HexCell[];
  /** The party colouring each seat (null: no result). */
  winnerOf: (code: string) => string | null;
  /** Where a hex links to. */
  hrefOf: (code: string) => string;
  /** Describes the map; also its accessible name. */
  caption: string;
  /** Extra words for a seat's label, e.g. "Labour gain". */
  describe?: (code: string) => string;
}

const SIZE = 10;
const WIDTH = Math.sqrt(3) * SIZE;
const ROW = 1.5 * SIZE;

function hexPoints(cx: number, cy: number): string {
  const half = WIDTH / 2;
  return [
    [cx, cy - SIZE],
    [cx + half, cy - SIZE / 2],
    [cx + half, cy + SIZE / 2],
    [cx, cy + SIZE],
    [cx - half, cy + SIZE / 2],
    [cx - half, cy - SIZE / 2],
  ]
    .map(([x, y]) => `${(x ?? 0).toFixed(2)},${(y ?? 0).toFixed(2)}`)
    .join(' ');
}

/**
 * An SVG hex map (HexJSON odd-r: odd rows shifted right by half a hex; r grows northwards), each seat a
 * link coloured by party, with its name and party as the link's label and tooltip.
 */
export function HexMap({ hexes, winnerOf, hrefOf, caption, describe }: HexMapProps) {
  const navigate = useNavigate();
  if (hexes.length === 0) return null;
  const minQ = Math.min(...hexes.map((hex) => hex.q));
  const maxQ = Math.max(...hexes.map((hex) => hex.q));
  const minR = Math.min(...hexes.map((hex) => hex.r));
  const maxR = Math.max(...hexes.map((hex) => hex.r));
  const width = (maxQ - minQ + 1.5) * WIDTH;
  const height = (maxR - minR) * ROW + 2 * SIZE;
  const follow = (event: MouseEvent<Element>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <figure className="hex-map">
      <svg viewBox={`0 0 ${width.toFixed(1)} ${height.toFixed(1)}`} className="hex-map__svg">
        <title>{caption}</title>
        {hexes.map((hex) => {
          const winner = winnerOf(hex.code);
          const cx = (hex.q - minQ) * WIDTH + ((hex.r & 1) === 1 ? WIDTH / 2 : 0) + WIDTH / 2;
          const cy = (maxR - hex.r) * ROW + SIZE;
          const href = hrefOf(hex.code);
          const label = `${hex.name}: ${winner === null ? 'no result' : `${partyName(winner)} (${winner})`}${describe ? `, ${describe(hex.code)}` : ''}`;
          return (
            <a
              key={hex.code}
              href={href}
              aria-label={label}
              data-code={hex.code}
              data-winner={winner ?? ''}
              onClick={(event) => follow(event, href)}
            >
              <title>{label}</title>
              <polygon points={hexPoints(cx, cy)} fill={partyColour(winner)} />
            </a>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** A key to the map's colours: each party with its seat count, most seats first. */
export function PartyLegend({ seats, label }: { seats: Readonly<Record<string, number>>; label: string }) {
  const entries = Object.entries(seats)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <ul className="party-legend" aria-label={label}>
      {entries.map(([party, n]) => (
        <li key={party}>
          <span
            className="party-legend__swatch"
            style={{ background: partyColour(party) }}
            aria-hidden="true"
          />
          {partyName(party)} {party !== partyName(party) && <span className="muted">({party})</span>}{' '}
          <strong>{n}</strong>
        </li>
      ))}
    </ul>
  );
}
