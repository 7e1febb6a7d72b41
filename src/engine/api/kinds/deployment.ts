// apps/v1 Deployment (printers.go printDeployment): NAME READY UP-TO-DATE AVAILABLE AGE, wide
// CONTAINERS IMAGES SELECTOR (the selector's String(), '' when empty). Defaults per apps/v1
// SetDefaults_Deployment: replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10,
// progressDeadlineSeconds 600, and the template's pod spec; `status: {}` on create.

import type { PrintColumn } from '../kind';
import { selectorString } from '../printers/labels';
import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';
import { defaultPodTemplate } from './podspec';
import { containerColumns, count } from './workload-columns';
import { workloadErrors } from './workload-validation';

const columns: PrintColumn[] = [
  nameColumn,
  { name: 'Ready', cell: (o) => `${count(o.status?.readyReplicas)}/${count(o.spec?.replicas)}` },
  { name: 'Up-to-date', cell: (o) => count(o.status?.updatedReplicas) },
  { name: 'Available', cell: (o) => count(o.status?.availableReplicas) },
  ageColumn,
  ...containerColumns,
  { name: 'Selector', priority: 1, cell: (o) => selectorString(o.spec?.selector) },
];

export const deploymentKind = defineKind({
  kind: 'Deployment',
  group: 'apps',
  version: 'v1',
  plural: 'deployments',
  namespaced: true,
  shortNames: ['deploy'],
  categories: ['all'],
  columns,
  defaults(obj) {
    const spec = (obj.spec = obj.spec ?? {});
    if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
    const strategy = (spec.strategy = spec.strategy ?? {});
    if (!strategy.type) strategy.type = 'RollingUpdate';
    if (strategy.type === 'RollingUpdate') {
      const ru = (strategy.rollingUpdate = strategy.rollingUpdate ?? {});
      if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = '25%';
      if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = '25%';
    }
    if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10;
    if (spec.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === null) spec.progressDeadlineSeconds = 600;
    defaultPodTemplate(spec.template);
    if (obj.status === undefined) obj.status = {};
    return obj;
  },
  validate: (obj, _ctx, old) => [...metaErrors(obj, 'subdomain'), ...workloadErrors(obj, old, { kind: 'Deployment' })],
});
