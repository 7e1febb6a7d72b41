// Flag specs kubectl commands share, with kubectl v1.34's names, defaults and usage texts (as the
// generated reference pages on kubernetes.io list them: content/en/docs/reference/kubectl/generated/
// kubectl_<cmd>/_index.md), and the global flags every command inherits (`kubectl options`).
// Only some of the global flags do anything here (-n, --kubeconfig, --context, -v); the rest are
// accepted so real command lines parse.

import type { FlagSpec } from '../spec';

const SELECTOR_USAGE =
  "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.";

export const f = {
  allNamespaces: (): FlagSpec => ({
    name: 'all-namespaces',
    shorthand: 'A',
    type: 'bool',
    usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
  }),
  selector: (usage = SELECTOR_USAGE): FlagSpec => ({ name: 'selector', shorthand: 'l', type: 'string', usage }),
  fieldSelector: (): FlagSpec => ({
    name: 'field-selector',
    type: 'string',
    usage:
      "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.",
  }),
  filename: (usage: string): FlagSpec => ({ name: 'filename', shorthand: 'f', type: 'stringSlice', usage }),
  recursive: (): FlagSpec => ({
    name: 'recursive',
    shorthand: 'R',
    type: 'bool',
    usage: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.',
  }),
  kustomize: (article: 'the' | 'a' = 'the'): FlagSpec => ({
    name: 'kustomize',
    shorthand: 'k',
    type: 'string',
    usage: `Process ${article} kustomization directory. This flag can't be used together with -f or -R.`,
  }),
  output: (usage: string): FlagSpec => ({ name: 'output', shorthand: 'o', type: 'string', usage }),
  allowMissingTemplateKeys: (): FlagSpec => ({
    name: 'allow-missing-template-keys',
    type: 'bool',
    default: true,
    usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
  }),
  template: (): FlagSpec => ({
    name: 'template',
    type: 'string',
    usage:
      'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
  }),
  showManagedFields: (): FlagSpec => ({
    name: 'show-managed-fields',
    type: 'bool',
    usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.',
  }),
  dryRun: (): FlagSpec => ({
    name: 'dry-run',
    type: 'string',
    default: 'none',
    noOptDefault: 'unchanged',
    usage:
      'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
  }),
  fieldManager: (def: string): FlagSpec => ({ name: 'field-manager', type: 'string', default: def, usage: 'Name of the manager used to track field ownership.' }),
  validate: (): FlagSpec => ({
    name: 'validate',
    type: 'string',
    default: 'strict',
    noOptDefault: 'strict',
    usage:
      'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.',
  }),
  saveConfig: (): FlagSpec => ({
    name: 'save-config',
    type: 'bool',
    usage:
      'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.',
  }),
  chunkSize: (): FlagSpec => ({
    name: 'chunk-size',
    type: 'int',
    default: 500,
    usage: 'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.',
  }),
  cascade: (): FlagSpec => ({
    name: 'cascade',
    type: 'string',
    default: 'background',
    noOptDefault: 'background',
    usage:
      'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.',
  }),
  force: (): FlagSpec => ({
    name: 'force',
    type: 'bool',
    usage:
      'If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.',
  }),
  gracePeriod: (): FlagSpec => ({
    name: 'grace-period',
    type: 'int',
    default: -1,
    usage:
      'Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).',
  }),
  timeout: (): FlagSpec => ({
    name: 'timeout',
    type: 'duration',
    usage: 'The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object',
  }),
  wait: (def: boolean): FlagSpec => ({
    name: 'wait',
    type: 'bool',
    default: def,
    usage: 'If true, wait for resources to be gone before returning. This waits for finalizers.',
  }),
  podRunningTimeout: (def: number): FlagSpec => ({
    name: 'pod-running-timeout',
    type: 'duration',
    default: def,
    usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
  }),
  noHeaders: (): FlagSpec => ({
    name: 'no-headers',
    type: 'bool',
    usage: "When using the default or custom-column output format, don't print headers (default print headers).",
  }),
};

/** The output formats `-o` accepts for objects that are printed, not tabulated (create, apply, run). */
export const OBJECT_OUTPUT_USAGE =
  'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).';

/** The flags every kubectl command inherits (kubectl options). */
export const globalFlags: FlagSpec[] = [
  { name: 'as', type: 'string', usage: 'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.' },
  { name: 'as-group', type: 'stringArray', usage: 'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.' },
  { name: 'as-uid', type: 'string', usage: 'UID to impersonate for the operation.' },
  {
    name: 'as-user-extra',
    type: 'stringArray',
    usage: 'User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key.',
  },
  { name: 'cache-dir', type: 'string', default: '/root/.kube/cache', usage: 'Default cache directory' },
  { name: 'certificate-authority', type: 'string', usage: 'Path to a cert file for the certificate authority' },
  { name: 'client-certificate', type: 'string', usage: 'Path to a client certificate file for TLS' },
  { name: 'client-key', type: 'string', usage: 'Path to a client key file for TLS' },
  { name: 'cluster', type: 'string', usage: 'The name of the kubeconfig cluster to use' },
  { name: 'context', type: 'string', usage: 'The name of the kubeconfig context to use' },
  { name: 'disable-compression', type: 'bool', usage: 'If true, opt-out of response compression for all requests to the server' },
  {
    name: 'insecure-skip-tls-verify',
    type: 'bool',
    usage: "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure",
  },
  { name: 'kubeconfig', type: 'string', usage: 'Path to the kubeconfig file to use for CLI requests.' },
  {
    name: 'kuberc',
    type: 'string',
    usage: 'Path to the kuberc file to use for preferences. This can be disabled by exporting KUBECTL_KUBERC=false feature gate or turning off the feature KUBERC=off.',
  },
  { name: 'log-flush-frequency', type: 'duration', default: 5000, usage: 'Maximum number of seconds between log flushes' },
  { name: 'match-server-version', type: 'bool', usage: 'Require server version to match client version' },
  { name: 'namespace', shorthand: 'n', type: 'string', usage: 'If present, the namespace scope for this CLI request' },
  { name: 'password', type: 'string', usage: 'Password for basic authentication to the API server' },
  {
    name: 'profile',
    type: 'string',
    default: 'none',
    usage: 'Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex|trace)',
  },
  { name: 'profile-output', type: 'string', default: 'profile.pprof', usage: 'Name of the file to write the profile to' },
  {
    name: 'request-timeout',
    type: 'string',
    default: '0',
    usage:
      "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.",
  },
  { name: 'server', shorthand: 's', type: 'string', usage: 'The address and port of the Kubernetes API server' },
  {
    name: 'tls-server-name',
    type: 'string',
    usage: 'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used',
  },
  { name: 'token', type: 'string', usage: 'Bearer token for authentication to the API server' },
  { name: 'user', type: 'string', usage: 'The name of the kubeconfig user to use' },
  { name: 'username', type: 'string', usage: 'Username for basic authentication to the API server' },
  { name: 'v', shorthand: 'v', type: 'int', usage: 'number for the log level verbosity' },
  { name: 'vmodule', type: 'string', usage: 'comma-separated list of pattern=N settings for file-filtered logging (only works for text log format)' },
  { name: 'warnings-as-errors', type: 'bool', usage: 'Treat warnings received from the server as errors and exit with a non-zero exit code' },
];
