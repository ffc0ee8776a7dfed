/** The shape of a generated write-up: the format's fields, in the order they are written. */
import type { ActionStatus, DetectionSource, EventKind, FactorKind, IncidentType } from '../../src/lib/schema';

export interface GeneratedEvent {
  at: string;
  kind: EventKind;
  what: string;
  information?: string;
  decision?: string;
}

export interface GeneratedAction {
  action: string;
  owner: string;
  due: string;
  status: ActionStatus;
  completed?: string;
  ticket?: string;
  horizon: 'short-term' | 'long-term';
  successMetric?: string;
}

export interface GeneratedWriteUp {
  /** `date-slug`; set once every title of the library is known, so that ids are unique. */
  id: string;
  title: string;
  date: string;
  severity: string;
  type: IncidentType;
  nearMiss: boolean;
  summary: string;
  impact: string;
  resolution: string;
  services: string[];
  detection: DetectionSource;
  changes: string[];
  authors: string[];
  facilitator: string;
  participants: string[];
  related: string[];
  timeline: GeneratedEvent[];
  rootCause: { summary: string; category: string };
  whys: { why: string; because: string }[];
  contributingFactors: { kind: FactorKind; factor: string }[];
  wentWell: string[];
  learnings: string[];
  gotLucky: string[];
  actions: GeneratedAction[];
  followUp: string;
  tags: string[];
  essential: boolean;
  visibility: 'internal' | 'public';
  draft: boolean;
  body: string;
}
