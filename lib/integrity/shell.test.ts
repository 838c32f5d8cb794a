import { describe, expect, it } from 'vitest'
import { parseShell, shellLines } from './shell'

const commands = (lang: string, code: string) => parseShell(shellLines(lang, code)).map(c => `${c.line}:${c.words.map(w => w.value).join(' ')}`)

describe('shell reader', () => {
  it('splits on newlines, &&, ||, ;, pipes and subshells, and drops comments', () => {
    expect(commands('bash', 'docker ps -a && docker images | grep app # list\n(cd x; podman ps) || true')).toEqual([
      '0:docker ps -a',
      '0:docker images',
      '0:grep app',
      '1:cd x',
      '1:podman ps',
      '1:true',
    ])
  })

  it('joins \\ continuations and keeps quotes as one word', () => {
    expect(commands('bash', 'docker run -d \\\n  --name "my app" \\\n  -e MSG=\'a b\' nginx:1.27')).toEqual([
      '0:docker run -d --name my app -e MSG=a b nginx:1.27',
    ])
  })

  it('reads $(…) and backticks as nested commands', () => {
    expect(commands('bash', 'docker rm -f $(docker ps -aq)\necho "id: `podman ps -q`"')).toEqual([
      '0:docker ps -aq',
      '0:docker rm -f $(docker ps -aq)',
      '1:podman ps -q',
      '1:echo id: `podman ps -q`',
    ])
  })

  it('skips heredoc bodies and redirection targets', () => {
    expect(commands('bash', 'cat <<\'EOF\' > Dockerfile\nFROM alpine\nRUN docker run -x\nEOF\ndocker build -t app . 2>&1 > build.log')).toEqual([
      '0:cat',
      '4:docker build -t app .',
    ])
  })

  it('keeps only prompt lines of a session, with continuations; output lines are ignored', () => {
    const session = '$ docker ps\nCONTAINER ID   IMAGE\n$ docker run -it \\\n>   --rm alpine sh\n# podman ps --pod\n❯ podman images\nuser@host:~$ docker info\n# HELP from output is a root prompt'
    expect(commands('shellsession', session)).toEqual([
      '0:docker ps',
      '2:docker run -it --rm alpine sh',
      '4:podman ps --pod',
      '5:podman images',
      '6:docker info',
      '7:HELP from output is a root prompt',
    ])
  })

  it('treats # as a comment in bash blocks (not a prompt)', () => {
    expect(commands('bash', '# docker run ubuntu -d\ndocker ps')).toEqual(['1:docker ps'])
  })
})
