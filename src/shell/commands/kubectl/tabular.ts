// cli-runtime printers.GetNewTabWriter: the tab writer behind every kubectl table that is not a
// server-side Table (api-resources, …): minwidth 6, tabwidth 4, padding 3, spaces, RememberWidths.

import { tablePrinterWriter } from '../../format/tabwriter';

/** Rows of cells → aligned text, each line ending in a newline. */
export function tabulate(rows: string[][]): string {
  const w = tablePrinterWriter();
  for (const r of rows) w.write(r.join('\t') + '\n');
  return w.flush();
}
