// The configuration a team starts from: default taxonomy, ITIL matrix, workflow settings, no apps.
import type { TierdeskConfig, WorkflowConfig } from '../model/config';
import { defaultPriorityMatrix } from '../priority/defaultPriorityMatrix';
import { defaultTaxonomy } from './defaultTaxonomy';

export const defaultWorkflowConfig: WorkflowConfig = {
  reopenWindowDays: 14,
  confidenceThreshold: 0.45,
  minEscalationNotes: 15,
};

export const defaultConfig: TierdeskConfig = {
  apps: [],
  taxonomy: defaultTaxonomy,
  priorityMatrix: defaultPriorityMatrix,
  workflow: defaultWorkflowConfig,
};
