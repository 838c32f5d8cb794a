import { describe, expect, it } from 'vitest'
import { checkShellBlock, publishProblem } from './commands'

const problems = (code: string, lang = 'bash') => checkShellBlock(lang, code).problems.map(p => `${p.line}: ${p.message}`)
const paths = (code: string, lang = 'bash') => checkShellBlock(lang, code).invocations.map(i => `${i.tool} ${i.path}`)

describe('command checker: the seed\'s mistakes', () => {
  it('docker run ubuntu -d: an option right after the image', () => {
    expect(problems('docker run ubuntu -d')).toEqual([
      '0: « docker run ubuntu -d » : option « -d » placée après l\'image « ubuntu » : elle serait transmise à la commande du conteneur — la placer avant l\'image',
    ])
    expect(problems('docker run ubuntu --network=none')).toEqual([
      '0: « docker run ubuntu --network=none » : option « --network=none » placée après l\'image « ubuntu » : elle serait transmise à la commande du conteneur — la placer avant l\'image',
    ])
  })

  it('podman machine init --rootless, podman --rootless run, podman config create', () => {
    expect(problems('podman machine init --rootless\npodman --rootless run alpine\npodman config create app ./app.conf')).toEqual([
      '0: « podman machine init --rootless » : option inconnue « --rootless » pour « podman machine init »',
      '1: « podman --rootless run alpine » : option globale inconnue « --rootless » pour « podman »',
      '2: « podman config create app ./app.conf » : sous-commande inconnue « config » pour « podman »',
    ])
  })

  it('docker-compose (v1) is legacy', () => {
    expect(problems('docker-compose up -d')).toEqual([
      '0: « docker-compose up -d » : docker-compose (Compose v1) est obsolète — Compose v1 (Python) n\'est plus maintenu depuis juillet 2023 : écrire « docker compose »',
    ])
  })

  it('-p values must have the [ip:]host:container[/proto] shape (the reversed -p 80:8080 cannot be detected)', () => {
    expect(problems('docker run -d -p 8080:80:90 nginx:1.27\ndocker run -p80: nginx:1.27\npodman run -p 70000:80 nginx:1.27')).toEqual([
      '0: « docker run -d -p 8080:80:90 nginx:1.27 » : valeur de « -p » invalide « 8080:80:90 » — forme attendue [ip:]port_hôte:port_conteneur[/protocole] (ou port_conteneur seul)',
      '1: « docker run -p80: nginx:1.27 » : valeur de « -p » invalide « 80: » — forme attendue [ip:]port_hôte:port_conteneur[/protocole] (ou port_conteneur seul)',
      '2: « podman run -p 70000:80 nginx:1.27 » : valeur de « -p » invalide « 70000:80 » — port 70000 hors de la plage 1-65535',
    ])
    expect(problems('docker run -p 8080:80 -p 127.0.0.1:8443:443/tcp -p 53:53/udp -p 80 -p 127.0.0.1::80 -p 8000-8010:8000-8010 -p [::1]:8080:80 nginx:1.27')).toEqual([])
  })

  it('values are required and an option is not a value', () => {
    expect(problems('docker run --name\ndocker run --name -d nginx:1.27')).toEqual([
      '0: « docker run --name » : l\'option « --name » attend une valeur (string)',
      '1: « docker run --name -d nginx:1.27 » : l\'option « --name » attend une valeur (string), pas l\'option « -d »',
    ])
  })

  it('combined short options are checked one by one', () => {
    expect(problems('docker run -dit --rm alpine:3.22 sh')).toEqual([])
    expect(problems('docker run -rm alpine:3.22')).toEqual([
      '0: « docker run -rm alpine:3.22 » : option inconnue « -r » (dans « -rm ») pour « docker container run »',
    ])
  })

  it('mounting the engine socket is flagged', () => {
    expect(problems('docker run -v /var/run/docker.sock:/var/run/docker.sock some-tool:1')).toEqual([
      '0: « docker run -v /var/run/docker.sock:/var/run/docker.sock some-tool:1 » : « -v /var/run/docker.sock:/var/run/docker.sock » monte le socket du moteur : qui le contrôle pilote le moteur (équivalent root sur l\'hôte pour Docker)',
    ])
  })
})

describe('command checker: what is legal', () => {
  it('options after the image belong to the container command when they are not options of run, or come after the command', () => {
    expect(problems('docker run --rm -it ubuntu:24.04 bash -c "ls -d /"\ndocker run --privileged --rm tonistiigi/binfmt --install all\ndocker run --rm curlimages/curl -v http://web\ndocker run --rm node:24 npm test -- --watch')).toEqual([])
  })

  it('exec and compose run/exec follow the same rule', () => {
    expect(problems('docker exec -it web sh\ndocker exec web -it sh\ndocker compose run --rm web -d\ndocker compose exec db psql -U app')).toEqual([
      '1: « docker exec web -it sh » : option « -it » placée après le conteneur « web » : elle serait transmise à la commande du conteneur — la placer avant le conteneur',
      '2: « docker compose run --rm web -d » : option « -d » placée après le service « web » : elle serait transmise à la commande du conteneur — la placer avant le service',
    ])
  })

  it('resolves aliases, management commands, global flags, wrappers and assignments', () => {
    expect(paths('docker ps\ndocker container list\nsudo -E docker -H ssh://me@host images\nFOO=1 env BAR=2 podman --root /tmp/x ps --root /tmp/y\npodman --remote info\nwatch -n 1 docker stats --no-stream')).toEqual([
      'docker container ls',
      'docker container ls',
      'docker image ls',
      'podman ps',
      'podman info',
      'docker container stats',
    ])
  })

  it('knows the documented plugins and newer commands of the overlay', () => {
    expect(problems('docker compose -f compose.yaml up -d --build --wait\ndocker compose logs -f web\ndocker buildx build --platform linux/amd64,linux/arm64 -t reg/app:1 --push .\ndocker buildx imagetools inspect reg/app:1\ndocker build --check .\ndocker init\npodman compose up -d\npodman-compose up -d\npodman quadlet list\npodman kube play --down pod.yaml\npodman play kube pod.yaml\npodman buildx build -t app .')).toEqual([])
  })

  it('does not read option-like words in the command of unshare', () => {
    expect(problems('podman unshare cat -A /proc/self/uid_map')).toEqual([])
  })

  it('forbids a prompt in a bash block (use shellsession)', () => {
    expect(problems('$ docker ps')).toEqual([
      '0: invite « $ » dans un bloc bash : ce bloc ne contient que des commandes — retirer l\'invite ou utiliser un bloc shellsession',
    ])
    expect(problems('$ docker ps\nCONTAINER ID   IMAGE', 'shellsession')).toEqual([])
  })

  it('accepts port shapes and rejects broken ones', () => {
    expect(publishProblem('127.0.0.1:8080:80/udp')).toBeUndefined()
    expect(publishProblem('300.1.1.1:80:80')).toBe('adresse IP invalide')
  })
})

describe('command checker: kubectl (reference 1.32) and kind (overlay)', () => {
  it('rejects an unknown sub-command, an unknown option, an unknown kind option', () => {
    expect(problems('kubectl rollout restar deploy/x\nkubectl get pods --wide\nkind create cluster --nodes 3\nkind create clusters')).toEqual([
      '0: « kubectl rollout restar deploy/x » : sous-commande inconnue « restar » pour « kubectl rollout »',
      '1: « kubectl get pods --wide » : option inconnue « --wide » pour « kubectl get »',
      '2: « kind create cluster --nodes 3 » : option inconnue « --nodes » pour « kind create cluster »',
      '3: « kind create clusters » : sous-commande inconnue « clusters » pour « kind create »',
    ])
  })

  it('follows pflag: booleans take no separate value, optional values are attached with =', () => {
    expect(problems('kubectl version --client false\nkubectl get pods --watch=yes\nkubectl create deploy web --image=nginx:1.29 --dry-run client -o yaml\nkubectl delete pod web --cascade foreground')).toEqual([
      '0: « kubectl version --client false » : l\'option booléenne « --client » ne prend pas de valeur séparée : « false » serait lu comme un argument — écrire « --client=false »',
      '1: « kubectl get pods --watch=yes » : l\'option booléenne « --watch » n\'accepte que true ou false, pas « yes »',
      '2: « kubectl create deploy web --image=nginx:1.29 --dry-run client -o yaml » : l\'option « --dry-run » a une valeur facultative, à coller avec « = » : « client » serait lu comme un argument — écrire « --dry-run=client »',
      '3: « kubectl delete pod web --cascade foreground » : l\'option « --cascade » a une valeur facultative, à coller avec « = » : « foreground » serait lu comme un argument — écrire « --cascade=foreground »',
    ])
    expect(problems('kubectl version --client=false\nkubectl apply --validate -f k8s/\nkubectl delete -f k8s/ --cascade=foreground\nkubectl delete --cascade pod web\ndocker run --rm=false alpine:3.22 true')).toEqual([])
    // kubectl 1.32 prints « --dry-run is deprecated and can be replaced with --dry-run=client. »
    expect(problems('kubectl create deploy --dry-run web --image=nginx:1.29')).toEqual([
      '0: « kubectl create deploy --dry-run web --image=nginx:1.29 » : « --dry-run » sans valeur est obsolète (kubectl avertit « --dry-run is deprecated ») : écrire « --dry-run=client » (ou =server)',
    ])
  })

  it('accepts a course\'s kubectl: global options anywhere, aliases, resource arguments, options after them, --', () => {
    const code = [
      'kubectl -n demo get deploy,svc -l app=web -o wide',
      'kubectl get pods -A --show-labels',
      'kubectl create namespace demo',
      'kubectl create deploy web --image=nginx:1.29 --replicas=2 --port=80 --dry-run=client -o yaml > deploy.yaml',
      'kubectl apply -f deploy.yaml',
      'kubectl expose deployment web --port=80 --target-port=8080 --type=NodePort',
      'kubectl rollout status deployment/web --timeout=60s',
      'kubectl rollout undo deploy/web --to-revision=1',
      'kubectl set image deploy/web web=nginx:1.29 -n demo',
      'kubectl scale deploy/web --replicas=3',
      'kubectl logs -f deploy/web --tail=20',
      'kubectl exec -it deploy/web -- sh -c \'ls -la /\'',
      'kubectl run tmp --rm -it --image=busybox:1.37 --restart=Never -- wget -qO- http://web',
      'kubectl port-forward svc/web 8080:80',
      'kubectl wait --for=condition=Available deploy/web --timeout=120s',
      'kubectl get nodes -o jsonpath=\'{.items[*].metadata.name}\'',
      'kubectl config use-context kind-demo',
      'kubectl cluster-info --context kind-demo',
      'kubectl top pods',
    ].join('\n')
    expect(problems(code)).toEqual([])
    expect(paths('kubectl create deploy web --image=nginx:1.29\nkubectl top po')).toEqual(['kubectl create deployment', 'kubectl top pod'])
  })

  it('accepts kind with its documented options, after an environment assignment or in a pipeline', () => {
    const code = [
      'kind create cluster --name demo --config kind.yaml --wait 60s',
      'KIND_EXPERIMENTAL_PROVIDER=podman kind create cluster --name demo',
      'cat <<EOF | kind create cluster --config=-',
      'kind: Cluster',
      'apiVersion: kind.x-k8s.io/v1alpha4',
      'EOF',
      'kind load docker-image web:1.0 --name demo',
      'kind load image-archive web.tar -n demo --nodes demo-worker',
      'kind get clusters',
      'kind get kubeconfig --name demo > kubeconfig',
      'kind export logs ./logs --name demo',
      'kind delete cluster --name demo',
      'kind delete clusters --all',
      'kind -v 3 version',
    ].join('\n')
    expect(problems(code)).toEqual([])
    expect(paths(code)).toEqual(['kind create cluster', 'kind create cluster', 'kind create cluster', 'kind load docker-image', 'kind load image-archive', 'kind get clusters', 'kind get kubeconfig', 'kind export logs', 'kind delete cluster', 'kind delete clusters', 'kind version'])
  })
})
