import { describe, expect, it } from 'vitest'
import { kubectlFlagType, parseFlagLine, parseHelp, parseKubectlFlagLine, parseKubectlHelp } from './help'

describe('cobra help parser', () => {
  it('reads boolean and typed flags, with or without a short name', () => {
    expect(parseFlagLine('  -d, --detach                           Run container in background')).toEqual({ long: 'detach', short: 'd' })
    expect(parseFlagLine('  -p, --publish list                     Publish a container\'s port(s)')).toEqual({ long: 'publish', short: 'p', type: 'list' })
    expect(parseFlagLine('      --name string                      Assign a name')).toEqual({ long: 'name', type: 'string' })
    expect(parseFlagLine('  -f, --file pathname or URL             pathname or URL of a Dockerfile')).toEqual({ long: 'file', short: 'f', type: 'pathname or URL' })
    expect(parseFlagLine('                                         -1 for unlimited)')).toBeUndefined()
  })

  it('reads Docker\'s layout: usage, aliases as full paths, options', () => {
    const page = parseHelp('docker', 'Usage:  docker container ls [OPTIONS]\n\nList containers\n\nAliases:\n  docker container ls, docker container list, docker ps\n\nOptions:\n  -a, --all             Show all containers\n  -n, --last int        Show n last created containers (includes all\n                        states) (default -1)\n')
    expect(page.usage).toBe('container ls [OPTIONS]')
    expect(page.aliases).toEqual(['container ls', 'container list', 'ps'])
    expect(page.flags).toEqual([{ long: 'all', short: 'a' }, { long: 'last', short: 'n', type: 'int' }])
  })

  it('reads Podman\'s layout: sub-commands and sibling aliases', () => {
    const page = parseHelp('podman', 'Manage a virtual machine\n\nUsage:\n  podman machine [command]\n\nAvailable Commands:\n  info        Display machine host info\n  init        Initialize a virtual machine\n  auto-update Auto update\n')
    expect(page.subcommands).toEqual(['info', 'init', 'auto-update'])
    expect(page.usage).toBe('machine [command]')
  })
})

// Excerpts of kubectl 1.32.4 (`kubectl --help`, `kubectl get --help`, `kubectl create deployment --help`, `kubectl options`).
describe('kubectl help parser', () => {
  it('reads options in kubectl\'s layout, the type from the default value', () => {
    expect(parseKubectlFlagLine('    -A, --all-namespaces=false:')).toEqual({ long: 'all-namespaces', short: 'A' })
    expect(parseKubectlFlagLine('    --allow-missing-template-keys=true:')).toEqual({ long: 'allow-missing-template-keys' })
    expect(parseKubectlFlagLine('    -f, --filename=[]:')).toEqual({ long: 'filename', short: 'f', type: 'strings' })
    expect(parseKubectlFlagLine('    --field-selector=\'\':')).toEqual({ long: 'field-selector', type: 'string' })
    expect(parseKubectlFlagLine('    --cache-dir=\'/root/.kube/cache\':')).toEqual({ long: 'cache-dir', type: 'string' })
    expect(parseKubectlFlagLine('    --chunk-size=500:')).toEqual({ long: 'chunk-size', type: 'int' })
    expect(parseKubectlFlagLine('    --grace-period=-1:')).toEqual({ long: 'grace-period', type: 'int' })
    expect(parseKubectlFlagLine('    --pod-running-timeout=1m0s:')).toEqual({ long: 'pod-running-timeout', type: 'duration' })
    expect(parseKubectlFlagLine('    --vmodule=:')).toEqual({ long: 'vmodule', type: 'value' })
    expect(parseKubectlFlagLine('    --delete-local-data=false: (DEPRECATED: use --delete-emptydir-data)')).toEqual({ long: 'delete-local-data' })
    expect(parseKubectlFlagLine('\tIf present, list the requested object(s) across all namespaces.')).toBeUndefined()
    expect(parseKubectlFlagLine('  kubectl get pods -o wide')).toBeUndefined()
    expect(kubectlFlagType('\'none\'')).toBe('string')
    expect(kubectlFlagType('0.5')).toBe('float')
  })

  it('reads the grouped command sections of `kubectl --help`, without plugins', () => {
    const page = parseKubectlHelp('kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\nBasic Commands (Beginner):\n  create          Create a resource from a file or from stdin\n  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service\n\nDeploy Commands:\n  rollout         Manage the rollout of a resource\n\nTroubleshooting and Debugging Commands:\n  port-forward    Forward one or more local ports to a pod\n\nSubcommands provided by plugins:\n  krew            The plugin manager\n\nOther Commands:\n  api-resources   Print the supported API resources on the server\n\nUsage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\n')
    expect(page.subcommands).toEqual(['create', 'expose', 'rollout', 'port-forward', 'api-resources'])
    expect(page.usage).toBe('[flags] [options]')
  })

  it('reads a command page: aliases as sibling names, options, usage; examples are not commands', () => {
    const page = parseKubectlHelp('Create a deployment with the specified name.\n\nAliases:\ndeployment, deploy\n\nExamples:\n  # Create a deployment named my-dep that runs the busybox image\n  kubectl create deployment my-dep --image=busybox\n\nOptions:\n    --dry-run=\'none\':\n\tMust be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it.\n\n    --image=[]:\n\tImage names to run. A deployment can have multiple images set for multi-container pod.\n\n    -r, --replicas=1:\n\tNumber of replicas to create. Default is 1.\n\nUsage:\n  kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n')
    expect(page.aliases).toEqual(['deployment', 'deploy'])
    expect(page.subcommands).toEqual([])
    expect(page.usage).toBe('create deployment NAME --image=image -- [COMMAND] [args...] [options]')
    expect(page.flags).toEqual([{ long: 'dry-run', type: 'string' }, { long: 'image', type: 'strings' }, { long: 'replicas', short: 'r', type: 'int' }])
  })

  it('reads `kubectl options` as global options', () => {
    const page = parseKubectlHelp('The following options can be passed to any command:\n\n    --as=\'\':\n\tUsername to impersonate for the operation.\n\n    -n, --namespace=\'\':\n\tIf present, the namespace scope for this CLI request\n\n    --warnings-as-errors=false:\n\tTreat warnings received from the server as errors and exit with a non-zero exit code\n')
    expect(page.flags).toEqual([])
    expect(page.globalFlags).toEqual([{ long: 'as', type: 'string' }, { long: 'namespace', short: 'n', type: 'string' }, { long: 'warnings-as-errors' }])
  })
})
