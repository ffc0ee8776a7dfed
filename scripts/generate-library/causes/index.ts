/** Every root-cause category the generator knows, in a fixed order. */
import { changeCoordination, configChange, deployProcess, dependencyUpgrade } from './change';
import { dataMigration, missingValidation, thirdPartyDependency } from './data';
import { capacityPlanning, resourceLimits, unsafeRetries } from './load';
import { alertingGaps, expiringCredentials, manualProcess, untestedFailover } from './operations';
import type { CauseTheme } from './theme';

export type { ActionIdea, CauseTheme } from './theme';

export const CAUSES: readonly CauseTheme[] = [
  configChange,
  deployProcess,
  thirdPartyDependency,
  capacityPlanning,
  expiringCredentials,
  missingValidation,
  changeCoordination,
  alertingGaps,
  unsafeRetries,
  manualProcess,
  resourceLimits,
  dependencyUpgrade,
  untestedFailover,
  dataMigration,
];
