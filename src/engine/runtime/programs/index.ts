// The programs images run, by name (ImageFamily.program). Adding an image family with its own
// behaviour: one file here and one line below.

import type { Program } from '../program';
import { agnhostProgram } from './agnhost';
import { calicoCniProgram, calicoKubeControllersProgram, calicoNodeProgram } from './calico';
import { helloAppProgram } from './hello-app';
import { httpEchoProgram } from './http-echo';
import { httpdProgram } from './httpd';
import {
  apiserverProgram,
  controllerManagerProgram,
  corednsProgram,
  etcdProgram,
  flannelProgram,
  kubeProxyProgram,
  pauseProgram,
  schedulerProgram,
} from './kube-components';
import { nginxProgram } from './nginx';
import { redisProgram } from './redis';
import { commandProgram } from './command';
import { stressProgram } from './stress';

export const PROGRAMS: Record<string, Program> = Object.fromEntries(
  [
    commandProgram,
    nginxProgram,
    helloAppProgram,
    httpEchoProgram,
    agnhostProgram,
    httpdProgram,
    redisProgram,
    stressProgram,
    etcdProgram,
    apiserverProgram,
    controllerManagerProgram,
    schedulerProgram,
    kubeProxyProgram,
    corednsProgram,
    pauseProgram,
    flannelProgram,
    calicoCniProgram,
    calicoNodeProgram,
    calicoKubeControllersProgram,
  ].map((p) => [p.name, p]),
);
