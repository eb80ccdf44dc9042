/** A dataset Caucus ships, with the credit line its licence requires. */
export interface DataCredit {
  dataset: string;
  source: string;
  sourceUrl: string;
  licence: string;
  licenceUrl: string;
  credit: string;
}

/** Credits for every dataset in data/, as required by their licences (see data/README.md). */
export const DATA_CREDITS: DataCredit[] = [
  {
    dataset:
      'General election results 2010–2024, by-elections 2010–2026, notional results and boundary overlaps',
    source: 'House of Commons Library, election results (electionresults.parliament.uk)',
    sourceUrl: 'https://electionresults.parliament.uk/',
    licence: 'Open Parliament Licence v3.0',
    licenceUrl: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/',
    credit: 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.',
  },
  {
    dataset:
      'Westminster constituency boundaries (July 2024 set and the 2010 set as released in December 2022)',
    source: 'Office for National Statistics, Open Geography Portal (simplified by Open Innovations)',
    sourceUrl: 'https://geoportal.statistics.gov.uk/',
    licence: 'Open Government Licence v3.0',
    licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    credit:
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2024.',
  },
  {
    dataset: 'Constituency hex map layouts (HexJSON, 2010 and 2024 sets)',
    source: 'Open Innovations',
    sourceUrl: 'https://open-innovations.org/projects/hexmaps/',
    licence: 'CC BY 4.0 (hex maps also MIT in odileeds/hexmaps)',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    credit: 'Hex map layouts © Open Innovations, CC BY 4.0.',
  },
];
