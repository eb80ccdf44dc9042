import type { AffiliateKind } from '@caucus/party';

/** An organisation for the demo party: affiliated ones become `Affiliate`s; all unions go in the union list. */
export interface DemoOrganisation {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: AffiliateKind;
  /** Whether it is affiliated to the party in the demo. */
  readonly affiliated: boolean;
  readonly tucAffiliated: boolean;
  /** Illustrative affiliated membership for the demo, not a published figure. */
  readonly demoMembership: number;
  /** Relative share of demo members who belong (unions only). */
  readonly weight: number;
}

/** Organisations used by the demo party: Labour-affiliated unions, other unions, socialist societies, the Co-op Party. */
export const demoOrganisations: readonly DemoOrganisation[] = [
  {
    name: 'UNISON',
    aliases: [],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 400000,
    weight: 30,
  },
  {
    name: 'Unite',
    aliases: ['Unite the Union'],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 400000,
    weight: 25,
  },
  {
    name: 'GMB',
    aliases: [],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 300000,
    weight: 18,
  },
  {
    name: 'USDAW',
    aliases: ['Usdaw'],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 200000,
    weight: 10,
  },
  {
    name: 'CWU',
    aliases: ['Communication Workers Union'],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 100000,
    weight: 5,
  },
  {
    name: 'ASLEF',
    aliases: [],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 20000,
    weight: 2,
  },
  {
    name: 'TSSA',
    aliases: [],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 15000,
    weight: 1,
  },
  {
    name: "Musicians' Union",
    aliases: ['MU'],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 20000,
    weight: 1,
  },
  {
    name: 'Community',
    aliases: [],
    kind: 'trade_union',
    affiliated: true,
    tucAffiliated: true,
    demoMembership: 20000,
    weight: 1,
  },
  {
    name: 'NEU',
    aliases: ['National Education Union'],
    kind: 'trade_union',
    affiliated: false,
    tucAffiliated: true,
    demoMembership: 0,
    weight: 8,
  },
  {
    name: 'PCS',
    aliases: [],
    kind: 'trade_union',
    affiliated: false,
    tucAffiliated: true,
    demoMembership: 0,
    weight: 3,
  },
  {
    name: 'UCU',
    aliases: ['University and College Union'],
    kind: 'trade_union',
    affiliated: false,
    tucAffiliated: true,
    demoMembership: 0,
    weight: 3,
  },
  {
    name: 'RCN',
    aliases: ['Royal College of Nursing'],
    kind: 'trade_union',
    affiliated: false,
    tucAffiliated: false,
    demoMembership: 0,
    weight: 3,
  },
  {
    name: 'Fabian Society',
    aliases: [],
    kind: 'socialist_society',
    affiliated: true,
    tucAffiliated: false,
    demoMembership: 7000,
    weight: 0,
  },
  {
    name: 'Socialist Health Association',
    aliases: [],
    kind: 'socialist_society',
    affiliated: true,
    tucAffiliated: false,
    demoMembership: 1000,
    weight: 0,
  },
  {
    name: 'SERA',
    aliases: [],
    kind: 'socialist_society',
    affiliated: true,
    tucAffiliated: false,
    demoMembership: 1500,
    weight: 0,
  },
  {
    name: 'Co-operative Party',
    aliases: ['Co-op Party'],
    kind: 'cooperative_party',
    affiliated: true,
    tucAffiliated: false,
    demoMembership: 10000,
    weight: 0,
  },
];
