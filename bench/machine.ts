import { cpus, platform, release, totalmem, type } from 'node:os';

export interface Machine {
  os: string;
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
}

/** What the figures were measured on: they only compare within one run on one machine. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    os: `${type()} ${release()} (${platform()})`,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}
