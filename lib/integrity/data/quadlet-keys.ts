/**
 * Reference of the Quadlet unit files (`podman-systemd.unit(5)`), for Podman 5.6.
 *
 * Traced to:
 * - the man page's option tables (« Valid options for `[Container]` are listed below » …), read in
 *   `docs/source/markdown/podman-systemd.unit.5.md` of containers/podman at commit
 *   00b40dba52da73ab66e62edd8b5f57d77692caaf (the 5.6 development branch, after `InterfaceName=` of
 *   `[Network]` and `Label=`/`ExitPolicy=` of `[Pod]`, which the 5.6.0 release notes announce);
 * - the generator's own list of accepted keys at the same commit (`groupsInfo` in
 *   `pkg/systemd/quadlet/quadlet.go`): Quadlet refuses a unit with any other key (« unsupported key
 *   'X' in group 'Container' »), so a key the code accepts but the tables omit (`ServiceName=` outside
 *   `[Pod]`, `LogOpt=` in `[Kube]`) is kept, in `UNTABLED`;
 * - the 5.6.0 release notes for `Policy=` of `[Image]`, added after that commit.
 * Published page: https://docs.podman.io/en/v5.6.0/markdown/podman-systemd.unit.5.html
 * (current: https://docs.podman.io/en/latest/markdown/podman-systemd.unit.5.html).
 *
 * Later versions add keys and a unit type (`.artifact`, Podman 5.7/5.8): a unit written for them is
 * reported as unknown here: update this file (tables first, then the generator's list), then run
 * `npx vitest run lib/integrity/quadlet.test.ts`.
 */

export const QUADLET_REFERENCE = {
  podman: '5.6',
  url: 'https://docs.podman.io/en/v5.6.0/markdown/podman-systemd.unit.5.html',
  source: 'containers/podman docs/source/markdown/podman-systemd.unit.5.md @ 00b40dba52da73ab66e62edd8b5f57d77692caaf + pkg/systemd/quadlet/quadlet.go (groupsInfo) + RELEASE_NOTES 5.6.0',
} as const

export type QuadletType = 'container' | 'pod' | 'kube' | 'network' | 'volume' | 'build' | 'image'

export interface QuadletUnitType {
  /** Podman's section for this type: `[Container]` for `.container`. */
  section: string
  /**
   * First docs.podman.io version whose page lists the extension (pages checked: v4.4, v4.6.1, v4.9.3,
   * v5.0.1, v5.3.0): the type may have appeared in an earlier minor release.
   */
  listedSince: string
  /** Keys of the section (man page tables, plus `UNTABLED` keys the generator accepts). */
  keys: readonly string[]
}

/** Keys present in every Podman section: `ContainersConfModule`, `GlobalArgs`, `PodmanArgs`. */
const COMMON = ['ContainersConfModule', 'GlobalArgs', 'PodmanArgs'] as const

export const QUADLET_TYPES: Record<QuadletType, QuadletUnitType> = {
  container: {
    section: 'Container',
    listedSince: '4.4',
    keys: [...COMMON, 'AddCapability', 'AddDevice', 'AddHost', 'Annotation', 'AutoUpdate', 'CgroupsMode', 'ContainerName', 'DNS', 'DNSOption', 'DNSSearch', 'DropCapability', 'Entrypoint', 'Environment', 'EnvironmentFile', 'EnvironmentHost', 'Exec', 'ExposeHostPort', 'GIDMap', 'Group', 'GroupAdd', 'HealthCmd', 'HealthInterval', 'HealthLogDestination', 'HealthMaxLogCount', 'HealthMaxLogSize', 'HealthOnFailure', 'HealthRetries', 'HealthStartPeriod', 'HealthStartupCmd', 'HealthStartupInterval', 'HealthStartupRetries', 'HealthStartupSuccess', 'HealthStartupTimeout', 'HealthTimeout', 'HostName', 'Image', 'IP', 'IP6', 'Label', 'LogDriver', 'LogOpt', 'Mask', 'Memory', 'Mount', 'Network', 'NetworkAlias', 'NoNewPrivileges', 'Notify', 'PidsLimit', 'Pod', 'PublishPort', 'Pull', 'ReadOnly', 'ReadOnlyTmpfs', 'ReloadCmd', 'ReloadSignal', 'Retry', 'RetryDelay', 'Rootfs', 'RunInit', 'SeccompProfile', 'Secret', 'SecurityLabelDisable', 'SecurityLabelFileType', 'SecurityLabelLevel', 'SecurityLabelNested', 'SecurityLabelType', 'ShmSize', 'StartWithPod', 'StopSignal', 'StopTimeout', 'SubGIDMap', 'SubUIDMap', 'Sysctl', 'Timezone', 'Tmpfs', 'UIDMap', 'Ulimit', 'Unmask', 'User', 'UserNS', 'Volume', 'WorkingDir'],
  },
  pod: {
    section: 'Pod',
    listedSince: '5.0',
    keys: [...COMMON, 'AddHost', 'DNS', 'DNSOption', 'DNSSearch', 'ExitPolicy', 'GIDMap', 'HostName', 'IP', 'IP6', 'Label', 'Network', 'NetworkAlias', 'PodName', 'PublishPort', 'ServiceName', 'ShmSize', 'SubGIDMap', 'SubUIDMap', 'UIDMap', 'UserNS', 'Volume'],
  },
  kube: {
    section: 'Kube',
    listedSince: '4.6',
    keys: [...COMMON, 'AutoUpdate', 'ConfigMap', 'ExitCodePropagation', 'KubeDownForce', 'LogDriver', 'Network', 'PublishPort', 'SetWorkingDirectory', 'UserNS', 'Yaml'],
  },
  network: {
    section: 'Network',
    listedSince: '4.6',
    keys: [...COMMON, 'DisableDNS', 'DNS', 'Driver', 'Gateway', 'InterfaceName', 'Internal', 'IPAMDriver', 'IPRange', 'IPv6', 'Label', 'NetworkDeleteOnStop', 'NetworkName', 'Options', 'Subnet'],
  },
  volume: {
    section: 'Volume',
    listedSince: '4.4',
    keys: [...COMMON, 'Copy', 'Device', 'Driver', 'Group', 'Image', 'Label', 'Options', 'Type', 'User', 'VolumeName'],
  },
  build: {
    section: 'Build',
    listedSince: '5.3',
    keys: [...COMMON, 'Annotation', 'Arch', 'AuthFile', 'DNS', 'DNSOption', 'DNSSearch', 'Environment', 'File', 'ForceRM', 'GroupAdd', 'ImageTag', 'Label', 'Network', 'Pull', 'Retry', 'RetryDelay', 'Secret', 'SetWorkingDirectory', 'Target', 'TLSVerify', 'Variant', 'Volume'],
  },
  image: {
    section: 'Image',
    listedSince: '4.9',
    keys: [...COMMON, 'AllTags', 'Arch', 'AuthFile', 'CertDir', 'Creds', 'DecryptionKey', 'Image', 'ImageTag', 'OS', 'Retry', 'RetryDelay', 'TLSVerify', 'Variant'],
  },
}

/**
 * Keys the generator accepts at the reference commit without a line in the man page's table
 * (`groupsInfo` of quadlet.go), and keys added by the 5.6.0 release. `deprecated`: still accepted,
 * replaced by `UserNS=` (Remap*) or `Tmpfs=` (VolatileTmp).
 */
export const UNTABLED: Record<QuadletType, { keys: readonly string[], deprecated?: readonly string[] }> = {
  container: { keys: ['ServiceName'], deprecated: ['RemapGid', 'RemapUid', 'RemapUidSize', 'RemapUsers', 'VolatileTmp'] },
  pod: { keys: [], deprecated: ['RemapGid', 'RemapUid', 'RemapUidSize', 'RemapUsers'] },
  kube: { keys: ['LogOpt', 'ServiceName'], deprecated: ['RemapGid', 'RemapUid', 'RemapUidSize', 'RemapUsers'] },
  network: { keys: ['ServiceName'] },
  volume: { keys: ['ServiceName'] },
  build: { keys: ['ServiceName'] },
  image: { keys: ['ServiceName', 'Policy'] },
}

/** `[Quadlet]`: options shared by every unit type (the generator checks its keys too). */
export const QUADLET_SECTION_KEYS = ['DefaultDependencies'] as const

/**
 * `[Install]`: « Currently, only the `Alias`, `WantedBy`, `RequiredBy`, and `UpheldBy` keys are
 * supported » (section « Enabling unit files »), plus `DefaultInstance` for templates (« Template files »).
 * Other systemd keys (`Also`) are ignored by the generator.
 */
export const INSTALL_KEYS = ['Alias', 'WantedBy', 'RequiredBy', 'UpheldBy', 'DefaultInstance'] as const

/** systemd's own sections, passed through to the generated `.service` unchanged. */
export const SYSTEMD_SECTIONS = ['Unit', 'Service', 'Install'] as const

/**
 * Keys of systemd's `[Unit]` and `[Service]` sections that are often typed into the Podman section
 * by mistake (systemd.unit(5), systemd.service(5), systemd.exec(5)).
 */
export const SYSTEMD_UNIT_KEYS = ['Description', 'Documentation', 'Wants', 'Requires', 'Requisite', 'BindsTo', 'PartOf', 'Upholds', 'Conflicts', 'Before', 'After', 'OnFailure', 'OnSuccess', 'StartLimitIntervalSec', 'StartLimitBurst', 'ConditionPathExists', 'AssertPathExists'] as const
export const SYSTEMD_SERVICE_KEYS = ['Type', 'Restart', 'RestartSec', 'RemainAfterExit', 'TimeoutStartSec', 'TimeoutStopSec', 'ExecStart', 'ExecStartPre', 'ExecStartPost', 'ExecStop', 'ExecStopPost', 'ExecReload', 'KillMode', 'WorkingDirectory', 'EnvironmentFile', 'SyslogIdentifier', 'LimitNOFILE', 'Nice', 'CPUQuota', 'MemoryMax'] as const

/** Compose or `docker run` words written as Quadlet keys, with the key that exists. */
export const KEY_HINTS: Record<string, string> = {
  Ports: 'PublishPort',
  Port: 'PublishPort',
  Publish: 'PublishPort',
  Name: 'ContainerName',
  Command: 'Exec',
  Cmd: 'Exec',
  Volumes: 'Volume',
  Networks: 'Network',
  Env: 'Environment',
  EnvFile: 'EnvironmentFile',
  Healthcheck: 'HealthCmd',
  HealthCheck: 'HealthCmd',
  Hostname: 'HostName',
  Workdir: 'WorkingDir',
  WorkDir: 'WorkingDir',
  Secrets: 'Secret',
  Labels: 'Label',
  CapAdd: 'AddCapability',
  CapDrop: 'DropCapability',
  Userns: 'UserNS',
  ImageName: 'Image',
}
