/**
 * End-of-life dates of the base images the course may show, in ONE place. A tag is end-of-life when
 * its cycle's date is on or before COURSE_DATE (fixed, so tests are reproducible; bump it when the
 * course is revised). Dates from endoflife.date (checked 2026-11-23); each entry names its page.
 */
export const COURSE_DATE = '2026-11-23'

export interface EolCycle {
  /** Version prefix as it appears in tags (`20`, `3.10`, `bullseye`, `22.04`). */
  cycle: string
  /** ISO date: end of security support. */
  eol: string
}

export interface EolProduct {
  /** Official image names (Docker Hub `library/` images and their usual registry paths). */
  images: string[]
  source: string
  cycles: EolCycle[]
  /** The whole image is deprecated: every tag is rejected with this advice. */
  deprecated?: string
  /** How to compare versions: numeric prefixes (default) or exact code names. */
  kind?: 'numeric' | 'codename'
}

export const EOL_PRODUCTS: Record<string, EolProduct> = {
  node: {
    images: ['node'],
    source: 'https://endoflife.date/nodejs',
    cycles: [
      { cycle: '14', eol: '2023-04-30' },
      { cycle: '16', eol: '2023-09-11' },
      { cycle: '18', eol: '2025-04-30' },
      { cycle: '19', eol: '2023-06-01' },
      { cycle: '20', eol: '2026-04-30' },
      { cycle: '21', eol: '2024-06-01' },
      { cycle: '22', eol: '2027-04-30' },
      { cycle: '23', eol: '2025-06-01' },
      { cycle: '24', eol: '2028-04-30' },
      { cycle: '25', eol: '2026-06-01' },
    ],
  },
  python: {
    images: ['python'],
    source: 'https://endoflife.date/python',
    cycles: [
      { cycle: '2.7', eol: '2020-01-01' },
      { cycle: '3.7', eol: '2023-06-27' },
      { cycle: '3.8', eol: '2024-10-07' },
      { cycle: '3.9', eol: '2025-10-31' },
      { cycle: '3.10', eol: '2026-10-31' },
      { cycle: '3.11', eol: '2027-10-31' },
      { cycle: '3.12', eol: '2028-10-31' },
      { cycle: '3.13', eol: '2029-10-31' },
    ],
  },
  alpine: {
    images: ['alpine'],
    source: 'https://endoflife.date/alpine',
    cycles: [
      { cycle: '3.16', eol: '2024-05-23' },
      { cycle: '3.17', eol: '2024-11-22' },
      { cycle: '3.18', eol: '2025-05-09' },
      { cycle: '3.19', eol: '2025-11-01' },
      { cycle: '3.20', eol: '2026-04-01' },
      { cycle: '3.21', eol: '2026-11-01' },
      { cycle: '3.22', eol: '2027-05-01' },
      { cycle: '3.23', eol: '2027-11-01' },
    ],
  },
  debian: {
    images: ['debian'],
    source: 'https://endoflife.date/debian',
    kind: 'codename',
    cycles: [
      { cycle: 'stretch', eol: '2022-06-30' },
      { cycle: 'buster', eol: '2024-06-30' },
      { cycle: 'bullseye', eol: '2026-08-31' },
      { cycle: 'bookworm', eol: '2028-06-30' },
      { cycle: '9', eol: '2022-06-30' },
      { cycle: '10', eol: '2024-06-30' },
      { cycle: '11', eol: '2026-08-31' },
      { cycle: '12', eol: '2028-06-30' },
    ],
  },
  ubuntu: {
    images: ['ubuntu'],
    source: 'https://endoflife.date/ubuntu',
    cycles: [
      { cycle: '16.04', eol: '2021-04-30' },
      { cycle: '18.04', eol: '2023-05-31' },
      { cycle: '20.04', eol: '2025-05-31' },
      { cycle: '22.04', eol: '2027-04-01' },
      { cycle: '24.04', eol: '2029-05-31' },
    ],
  },
  postgres: {
    images: ['postgres'],
    source: 'https://endoflife.date/postgresql',
    cycles: [
      { cycle: '11', eol: '2023-11-09' },
      { cycle: '12', eol: '2024-11-21' },
      { cycle: '13', eol: '2025-11-13' },
      { cycle: '14', eol: '2026-11-12' },
      { cycle: '15', eol: '2027-11-11' },
      { cycle: '16', eol: '2028-11-09' },
      { cycle: '17', eol: '2029-11-08' },
    ],
  },
  mysql: {
    images: ['mysql'],
    source: 'https://endoflife.date/mysql',
    cycles: [
      { cycle: '5.5', eol: '2018-12-31' },
      { cycle: '5.6', eol: '2021-02-28' },
      { cycle: '5.7', eol: '2023-10-31' },
      { cycle: '5', eol: '2023-10-31' },
      { cycle: '8.0', eol: '2026-04-30' },
      { cycle: '8.4', eol: '2032-04-30' },
      { cycle: '9.6', eol: '2026-04-21' },
    ],
  },
  golang: {
    images: ['golang'],
    source: 'https://endoflife.date/go',
    cycles: [
      { cycle: '1.21', eol: '2024-08-13' },
      { cycle: '1.22', eol: '2025-02-11' },
      { cycle: '1.23', eol: '2025-08-12' },
      { cycle: '1.24', eol: '2026-02-11' },
    ],
  },
  ruby: {
    images: ['ruby'],
    source: 'https://endoflife.date/ruby',
    cycles: [
      { cycle: '2.7', eol: '2023-03-31' },
      { cycle: '3.0', eol: '2024-04-23' },
      { cycle: '3.1', eol: '2025-03-26' },
    ],
  },
  openjdk: {
    images: ['openjdk'],
    source: 'https://hub.docker.com/_/openjdk',
    cycles: [],
    deprecated: 'image officielle « openjdk » dépréciée : utiliser eclipse-temurin (par ex. eclipse-temurin:21-jre)',
  },
  centos: {
    images: ['centos'],
    source: 'https://endoflife.date/centos',
    cycles: [],
    deprecated: 'CentOS Linux est en fin de vie (CentOS 7 le 2024-06-30) : utiliser une distribution maintenue',
  },
}
