import { UnknownPresetError } from '../errors';
import type { RuleBookPreset } from '../rule-book-preset';
import { greenEnglandWales } from './green-england-wales';
import { labour2018 } from './labour-2018';
import { labour2021 } from './labour-2021';

/** Every built-in rule-book preset, keyed by id. */
export const ruleBookPresets: Readonly<Record<string, RuleBookPreset>> = {
  [labour2018.id]: labour2018,
  [labour2021.id]: labour2021,
  [greenEnglandWales.id]: greenEnglandWales,
};

/** The default preset for a new installation: Labour's current rule book. */
export const defaultRuleBookPreset: RuleBookPreset = labour2021;

/** The built-in preset with this id; throws `UnknownPresetError`. */
export function getRuleBookPreset(id: string): RuleBookPreset {
  const preset = ruleBookPresets[id];
  if (preset === undefined) throw new UnknownPresetError(id);
  return preset;
}
