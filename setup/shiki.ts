import type { BuiltinLanguage } from 'shiki'
import { defineShikiSetup } from '@slidev/types'

export const COURSE_LANGUAGES: BuiltinLanguage[] = [
  'bash',
  'shellsession',
  'dockerfile',
  'yaml',
  'json',
  'ini',
  'ts',
  'js',
  'python',
  'go',
  'java',
  'nginx',
  'sql',
  'toml',
  'diff',
]

// Languages used by the course: shell sessions, Dockerfiles, Compose/Kubernetes YAML,
// JSON (inspect output), INI (Quadlet units), TypeScript, plus a few lab languages.
export default defineShikiSetup(() => ({
  themes: {
    light: 'github-light',
    dark: 'github-dark',
  },
  langs: COURSE_LANGUAGES,
}))
