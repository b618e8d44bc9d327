import type { ThaiDate } from '../thai/dates.js';
import type { DigitStyle } from '../thai/digits.js';
import type { AnnouncementFile } from './schema/announcement.js';
import type { Content, ListItem } from './schema/common.js';
import type { Erratum } from './schema/errata.js';
import type { OrderFile } from './schema/order.js';
import type { PlanFile } from './schema/plan.js';
import type { ProjectData } from './schema/projects.js';
import type { RisksFile } from './schema/risks.js';

/** Amounts by Buddhist-era fiscal year; every year of the plan has an entry (0 where nothing is budgeted). */
export type YearAmounts = ReadonlyMap<number, number>;

export interface Unit {
  id: string;
  name: string;
  abbreviation: string;
}

export interface SubMission {
  id: string;
  /** "1.1.1" */
  number: string;
  title: string;
}

export interface Mission {
  id: string;
  /** "1.1" */
  number: string;
  title: string;
  subMissions: SubMission[];
}

export interface Project extends Omit<ProjectData, 'responsible' | 'budget'> {
  /** 1-based, in document order across the whole plan. */
  number: number;
  /** The projects file it is read from ("projects-1-culture.yaml"), for the errata's and questions' references. */
  file: string;
  dimension: Dimension;
  mission: Mission;
  subMission?: SubMission;
  responsible: Array<{ unit: Unit; section?: string }>;
  budget?: { perYear: YearAmounts; note?: string };
}

export interface Dimension {
  id: string;
  /** 1-based */
  number: number;
  title: string;
  missions: Mission[];
  projects: Project[];
  budgetPerYear: YearAmounts;
}

export interface RiskLevel {
  id: string;
  name: string;
  color: string;
}

export interface AssessedRisk {
  id: string;
  number: number;
  process: string;
  issues: ListItem[];
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  measures: ListItem[];
}

export interface Risks extends Omit<RisksFile, 'risks' | 'riskLevels' | 'matrix'> {
  levels: RiskLevel[];
  /** Rows from likelihood 5 down to 1; cells for impact 1..5. */
  matrix: Array<{ likelihood: number; cells: RiskLevel[] }>;
  risks: AssessedRisk[];
}

export interface Order extends Omit<OrderFile, 'date' | 'members'> {
  date: ThaiDate;
  members: Array<OrderFile['members'][number] & { number: number }>;
  /** The emblem image's absolute path, when the data names one that exists. */
  emblemPath?: string;
  /** The emblem file the data names but that is not there. */
  emblemMissing?: string;
}

export interface Announcement extends Omit<AnnouncementFile, 'date'> {
  date: ThaiDate;
  emblemPath?: string;
  emblemMissing?: string;
}

export interface Plan {
  folder: string;
  id: string;
  /** "r1-2565-09": revision number and date; names the output folder and files. */
  version: string;
  revision: { number: number; date: ThaiDate };
  digits: DigitStyle;
  /** The office's own typeface, its files as absolute paths; absent = the bundled Sarabun. */
  typeface?: { name: string; files: { normal: string; bold: string; italics: string; bolditalics: string }; size: 'official' | 'matched' };
  title: string;
  organisation: PlanFile['organisation'];
  /** Fiscal years of the plan, in order. */
  years: number[];
  preface: PlanFile['preface'];
  introduction: PlanFile['introduction'];
  risks: Risks;
  dimensions: Dimension[];
  projects: Project[];
  units: Unit[];
  totalPerYear: YearAmounts;
  order: Order;
  announcement: Announcement;
  errata: Erratum[];
  /** Every file the plan was read from, for the manifest. */
  sourceFiles: string[];
}

export type { Content, ListItem };
