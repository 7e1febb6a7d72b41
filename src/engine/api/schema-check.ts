// Strict decoding wired into the API server (kube-apiserver's fieldValidation=Strict, kubectl's
// default since 1.27): the generated v1.34 schema checks each create/update body for unknown fields
// and Go-json type errors before defaulting. Kinds the schema does not know (CRDs, podlab extras)
// pass unchecked. The composition root hands this to `new World({ schema: k8sSchemaCheck })`.

import { decodeStrict } from './schema';
import { schemaKnows } from './schema/model';
import type { SchemaCheck } from './server';

/** The SchemaCheck for the built-in Kubernetes kinds. */
export const k8sSchemaCheck: SchemaCheck = (obj, apiVersion, kind) => {
  if (!schemaKnows(apiVersion, kind)) return undefined;
  const r = decodeStrict(obj, apiVersion, kind);
  return r.typeError ? { unknownFields: r.unknownFields, typeError: r.typeError } : { unknownFields: r.unknownFields };
};
