// The generated Kubernetes schema and strict decoding against it (see model.ts, validate.ts).

export { decodeStrict, type DecodeOptions, type DecodeResult } from './validate';
export { fieldAt, fieldsOf, parseTypeRef, rootTypeOf, schemaKnows, schemaRoots, typeDef, type FieldInfo, type TypeDef, type TypeRef } from './model';
