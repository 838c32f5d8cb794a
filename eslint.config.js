import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // Slides are prose: markdown code blocks are course material checked by the integrity suite, not linted as code.
  markdown: false,
  rules: {
    // Readability first: regexes live next to the code that uses them.
    'e18e/prefer-static-regex': 'off',
  },
  ignores: ['dist/**', 'tests/fixtures/**', 'bench/fixtures/**', 'bench/out/**', '**/*.md', 'artifacts/**', 'test-results/**'],
}, {
  // Lab kit apps are what students containerise: a server logs to stdout (the container log) and reads
  // its settings from the environment, as in the course.
  files: ['labs/**/*.js'],
  rules: {
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
})
