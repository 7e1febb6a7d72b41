// Printer cells shared by the apps/v1 workloads (printers.go layoutContainerCells and selectors).

import type { PrintColumn } from '../kind';
import { formatLabelSelector, layoutContainerCells } from '../printers/labels';

/** The wide CONTAINERS and IMAGES columns of a workload's pod template. */
export const containerColumns: PrintColumn[] = [
  { name: 'Containers', priority: 1, cell: (o) => layoutContainerCells(o.spec?.template?.spec?.containers).names },
  { name: 'Images', priority: 1, cell: (o) => layoutContainerCells(o.spec?.template?.spec?.containers).images },
];

/** The wide SELECTOR column (metav1.FormatLabelSelector: `<none>` when empty). */
export const selectorColumn: PrintColumn = {
  name: 'Selector',
  priority: 1,
  cell: (o) => formatLabelSelector(o.spec?.selector),
};

/** A status counter as a cell (`0` when unset). */
export const count = (v: unknown): string => String(typeof v === 'number' ? v : 0);
