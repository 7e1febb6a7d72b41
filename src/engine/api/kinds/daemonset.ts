// apps/v1 DaemonSet (printers.go printDaemonSet): NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE
// NODE SELECTOR AGE, wide CONTAINERS IMAGES SELECTOR. Defaults per apps/v1 SetDefaults_DaemonSet:
// RollingUpdate with maxUnavailable 1 / maxSurge 0, revisionHistoryLimit 10, the template's pod spec.

import { formatLabels } from '../printers/labels';
import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';
import { defaultPodTemplate } from './podspec';
import { containerColumns, count, selectorColumn } from './workload-columns';
import { workloadErrors } from './workload-validation';

export const daemonSetKind = defineKind({
  kind: 'DaemonSet',
  group: 'apps',
  version: 'v1',
  plural: 'daemonsets',
  namespaced: true,
  shortNames: ['ds'],
  categories: ['all'],
  columns: [
    nameColumn,
    { name: 'Desired', cell: (o) => count(o.status?.desiredNumberScheduled) },
    { name: 'Current', cell: (o) => count(o.status?.currentNumberScheduled) },
    { name: 'Ready', cell: (o) => count(o.status?.numberReady) },
    { name: 'Up-to-date', cell: (o) => count(o.status?.updatedNumberScheduled) },
    { name: 'Available', cell: (o) => count(o.status?.numberAvailable) },
    { name: 'Node Selector', cell: (o) => formatLabels(o.spec?.template?.spec?.nodeSelector) },
    ageColumn,
    ...containerColumns,
    selectorColumn,
  ],
  defaults(obj) {
    const spec = (obj.spec = obj.spec ?? {});
    const us = (spec.updateStrategy = spec.updateStrategy ?? {});
    if (!us.type) us.type = 'RollingUpdate';
    if (us.type === 'RollingUpdate') {
      const ru = (us.rollingUpdate = us.rollingUpdate ?? {});
      if (ru.maxUnavailable === undefined || ru.maxUnavailable === null) ru.maxUnavailable = 1;
      if (ru.maxSurge === undefined || ru.maxSurge === null) ru.maxSurge = 0;
    }
    if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) spec.revisionHistoryLimit = 10;
    defaultPodTemplate(spec.template);
    if (obj.status === undefined) {
      obj.status = { currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 };
    }
    return obj;
  },
  validate: (obj, _ctx, old) => [...metaErrors(obj, 'subdomain'), ...workloadErrors(obj, old, { kind: 'DaemonSet' })],
});
