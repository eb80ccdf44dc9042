/**
 * The five Scottish seats whose boundaries did not change in 2024 kept their old GSS codes in the
 * notional-2019 file and the overlaps file, but have new codes in the 2024 results. Old code → 2024 code.
 */
export const SCOTTISH_CODE_CHANGES: ReadonlyMap<string, string> = new Map([
  ['S14000006', 'S14000107'], // Ayr, Carrick and Cumnock
  ['S14000008', 'S14000108'], // Berwickshire, Roxburgh and Selkirk
  ['S14000010', 'S14000109'], // Central Ayrshire
  ['S14000040', 'S14000110'], // Kilmarnock and Loudoun
  ['S14000058', 'S14000111'], // West Aberdeenshire and Kincardine
]);

/** Maps a 2024-set seat code that still uses its pre-2024 Scottish code to the code in the 2024 results. */
export function to2024Code(code: string): string {
  return SCOTTISH_CODE_CHANGES.get(code) ?? code;
}
