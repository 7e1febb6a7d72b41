import { describe, expect, it } from 'vitest';
import type { OwnerReference } from '../../../../src/engine/api/types';
import { planDependent, type OwnerState } from '../../../../src/engine/controllers/kernels/gc-plan';

const ref = (uid: string): OwnerReference => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: uid, uid });

describe('planDependent', () => {
  it.each<[string, OwnerReference[], Record<string, OwnerState>, ReturnType<typeof planDependent>]>([
    ['no owners: keep', [], {}, { action: 'keep' }],
    ['owner present: keep', [ref('a')], { a: 'present' }, { action: 'keep' }],
    ['owner gone: delete', [ref('a')], { a: 'absent' }, { action: 'delete' }],
    ['one of two gone: drop the dangling reference', [ref('a'), ref('b')], { a: 'present', b: 'absent' }, { action: 'remove-refs', uids: ['b'] }],
    ['all gone: delete', [ref('a'), ref('b')], { a: 'absent', b: 'absent' }, { action: 'delete' }],
    ['owner of an unknown kind: keep', [ref('a')], { a: 'unknown-kind' }, { action: 'keep' }],
  ])('%s', (_n, refs, states, want) => expect(planDependent(refs, (r) => states[r.uid])).toEqual(want));
});
