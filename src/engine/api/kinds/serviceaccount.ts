// core/v1 ServiceAccount (printers.go printServiceAccount: NAME SECRETS AGE). Since v1.24 no token
// Secret is created, so SECRETS is 0 for the namespaces' `default` accounts.

import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';

export const serviceAccountKind = defineKind({
  kind: 'ServiceAccount',
  group: '',
  version: 'v1',
  plural: 'serviceaccounts',
  namespaced: true,
  shortNames: ['sa'],
  statusSubresource: false,
  columns: [
    nameColumn,
    { name: 'Secrets', cell: (o) => String(Array.isArray(o.secrets) ? o.secrets.length : 0) },
    ageColumn,
  ],
  validate: (obj) => metaErrors(obj, 'subdomain'),
});
