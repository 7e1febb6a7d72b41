// `kubectl get` tables. The pod tables are from a public transcript of real kubectl (2024); the
// others follow tableprinter.go's rules (see table.ts).
import { describe, it, expect } from 'vitest';
import { renderTable, formatLabels, labelColumnHeader, cellText, type Table } from '../../../src/shell/format/table';
import { tablePrinterWriter } from '../../../src/shell/format/tabwriter';

const podColumns = [
  { name: 'Name' },
  { name: 'Ready' },
  { name: 'Status' },
  { name: 'Restarts' },
  { name: 'Age' },
  { name: 'IP', priority: 1 },
  { name: 'Node', priority: 1 },
  { name: 'Nominated Node', priority: 1 },
  { name: 'Readiness Gates', priority: 1 },
];

const pods: Table = {
  columns: podColumns,
  rows: [
    ['green', '2/2', 'Running', '0', '21m', '10.42.0.9', 'controlplane', '<none>', '<none>'],
    ['blue', '1/1', 'Running', '0', '21m', '10.42.0.10', 'controlplane', '<none>', '<none>'],
    ['purple', '0/1', 'Init:1/2', '0', '14m', '10.42.0.12', 'controlplane', '<none>', '<none>'],
    ['red', '1/1', 'Running', '0', '43s', '10.42.0.14', 'controlplane', '<none>', '<none>'],
    ['orange', '0/1', 'Init:CrashLoopBackOff', '2 (18s ago)', '38s', '10.42.0.15', 'controlplane', '<none>', '<none>'],
  ],
};

describe('renderTable', () => {
  it('prints the default columns, upper-cased, widths from the tab writer', () => {
    expect(renderTable(pods)).toBe(
      'NAME     READY   STATUS                  RESTARTS      AGE\n' +
        'green    2/2     Running                 0             21m\n' +
        'blue     1/1     Running                 0             21m\n' +
        'purple   0/1     Init:1/2                0             14m\n' +
        'red      1/1     Running                 0             43s\n' +
        'orange   0/1     Init:CrashLoopBackOff   2 (18s ago)   38s\n',
    );
  });

  it('adds priority-1 columns with -o wide', () => {
    const t: Table = { columns: podColumns, rows: [['orange', '1/1', 'Running', '0', '13s', '10.42.0.15', 'controlplane', '<none>', '<none>']] };
    expect(renderTable(t, { wide: true })).toBe(
      'NAME     READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES\n' +
        'orange   1/1     Running   0          13s   10.42.0.15   controlplane   <none>           <none>\n',
    );
  });

  it('prints nothing, not even a header, when there are no rows', () => {
    expect(renderTable({ columns: podColumns, rows: [] })).toBe('');
  });

  it('omits the header with --no-headers', () => {
    expect(renderTable({ columns: podColumns, rows: [pods.rows[3]!] }, { noHeaders: true })).toBe('red   1/1   Running   0     43s\n');
  });

  it('puts NAMESPACE first with -A, -L columns and LABELS last', () => {
    const t: Table = {
      columns: [{ name: 'Name' }, { name: 'Ready' }, { name: 'Age' }],
      rows: [
        ['coredns-7c65d6cfc9-abcde', '1/1', '5d'],
        ['web-1', '1/1', '2m'],
      ],
    };
    expect(
      renderTable(t, {
        namespaceColumn: ['kube-system', 'default'],
        labelColumns: [{ header: 'app.kubernetes.io/name', values: ['', 'web'] }],
        showLabels: [formatLabels({ 'k8s-app': 'kube-dns', 'pod-template-hash': '7c65d6cfc9' }), formatLabels({})],
      }),
    ).toBe(
      'NAMESPACE     NAME                       READY   AGE   NAME   LABELS\n' +
        'kube-system   coredns-7c65d6cfc9-abcde   1/1     5d           k8s-app=kube-dns,pod-template-hash=7c65d6cfc9\n' +
        'default       web-1                      1/1     2m    web    <none>\n',
    );
  });

  it('prefixes EVENT for --output-watch-events', () => {
    const t: Table = { columns: [{ name: 'Name' }, { name: 'Status' }], rows: [['web', 'Running'], ['web', 'Terminating']] };
    expect(renderTable(t, { watchEvents: ['ADDED', 'MODIFIED'] })).toBe(
      'EVENT      NAME   STATUS\nADDED      web    Running\nMODIFIED   web    Terminating\n',
    );
  });

  it('keeps column widths across watch events through a shared writer', () => {
    const w = tablePrinterWriter();
    const t = (rows: string[][]): Table => ({ columns: podColumns, rows });
    expect(renderTable(t([['web-7c5d-x2x9z', '0/1', 'ContainerCreating', '0', '1s']]), { writer: w })).toBe(
      'NAME             READY   STATUS              RESTARTS   AGE\nweb-7c5d-x2x9z   0/1     ContainerCreating   0          1s\n',
    );
    expect(renderTable(t([['web-7c5d-x2x9z', '1/1', 'Running', '0', '3s']]), { writer: w, noHeaders: true })).toBe(
      'web-7c5d-x2x9z   1/1     Running             0          3s\n',
    );
  });

  it('cuts a cell at its first line break and shows ESC visibly', () => {
    expect(cellText('first line\nsecond')).toBe('first line...');
    expect(cellText('a\rb')).toBe('a...');
    expect(cellText('\x1b[31mred')).toBe('^[[31mred');
    const t: Table = { columns: [{ name: 'Name' }, { name: 'Message' }], rows: [['x', 'line one\nline two']] };
    expect(renderTable(t)).toBe('NAME   MESSAGE\nx      line one...\n');
  });

  it('derives -L headers and formats labels like kubectl', () => {
    expect(labelColumnHeader('app.kubernetes.io/name')).toBe('NAME');
    expect(labelColumnHeader('tier')).toBe('TIER');
    expect(formatLabels({ run: 'nginx', app: 'web' })).toBe('app=web,run=nginx');
    expect(formatLabels(undefined)).toBe('<none>');
  });
});
