// Semantic validation helpers worded as kube-apiserver v1.34 words them; each returns FieldError[].

export * from './names';
export * from './labels';
export * from './meta';
export * from './quantity';
export * from './resources';
export * from './pod';
export * from './service';
export * from './workload';
