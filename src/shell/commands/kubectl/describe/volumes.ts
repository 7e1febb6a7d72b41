// The Volumes section of kubectl describe (describe.go describeVolumes and the print*VolumeSource
// functions): the common volume kinds with their fields, `<unknown>` for the rest. Simplified: rarely
// used sources (cloud disks, iSCSI, RBD, …) are not described.

import { printLabelsMultiline, quantityString, type PrefixWriter } from './writer';

function describeVolumeSource(w: PrefixWriter, v: any): void {
  const optional = (x: any) => x?.optional === true;
  if (v.hostPath) {
    w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path ?? ''}\n    HostPathType:\t${v.hostPath.type ?? '<none>'}\n`);
  } else if (v.emptyDir) {
    const size = v.emptyDir.sizeLimit && quantityString(v.emptyDir.sizeLimit) !== '0' ? quantityString(v.emptyDir.sizeLimit) : '<unset>';
    w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${size}\n`);
  } else if (v.secret) {
    w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${optional(v.secret)}\n`);
  } else if (v.configMap) {
    w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${optional(v.configMap)}\n`);
  } else if (v.nfs) {
    w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${v.nfs.server}\n    Path:\t${v.nfs.path}\n    ReadOnly:\t${v.nfs.readOnly === true}\n`);
  } else if (v.persistentVolumeClaim) {
    const c = v.persistentVolumeClaim;
    w.write(2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${c.claimName}\n    ReadOnly:\t${c.readOnly === true}\n`);
  } else if (v.ephemeral) {
    w.write(2, 'Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n');
  } else if (v.downwardAPI) {
    w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const it of v.downwardAPI.items ?? []) {
      if (it.fieldRef) w.write(3, `${it.fieldRef.fieldPath} -> ${it.path}\n`);
      if (it.resourceFieldRef) w.write(3, `${it.resourceFieldRef.resource} -> ${it.path}\n`);
    }
  } else if (v.projected) {
    w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const s of v.projected.sources ?? []) {
      if (s.secret) w.write(2, `SecretName:\t${s.secret.name ?? ''}\n    Optional:\t${optional(s.secret)}\n`);
      else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
      else if (s.configMap) w.write(2, `ConfigMapName:\t${s.configMap.name ?? ''}\n    Optional:\t${optional(s.configMap)}\n`);
      else if (s.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3600}\n`);
    }
  } else if (v.csi) {
    w.write(2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${v.csi.driver}\n    FSType:\t${v.csi.fsType ?? ''}\n    ReadOnly:\t${v.csi.readOnly === true}\n`);
    printLabelsMultiline(w, '    VolumeAttributes', v.csi.volumeAttributes);
  } else if (v.image) {
    w.write(2, `Type:\tImage (a container image or OCI artifact)\n    Reference:\t${v.image.reference ?? ''}\n    PullPolicy:\t${v.image.pullPolicy ?? ''}\n`);
  } else {
    w.write(1, '<unknown>\n');
  }
}

/** describeVolumes: `Volumes:  <none>` or one block per volume. */
export function describeVolumes(w: PrefixWriter, volumes: readonly any[] | undefined, space: string): void {
  const list = volumes ?? [];
  if (list.length === 0) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of list) {
    w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
    describeVolumeSource(w, v);
  }
}

