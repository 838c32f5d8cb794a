// ESLint configuration of node-hello, run by `npm test` before the unit tests.
// No shared preset to install: the rules are listed here, so ESLint is the only devDependency.
'use strict'

module.exports = [
  {
    files: ['**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'commonjs',
      globals: { console: 'readonly', process: 'readonly', fetch: 'readonly' },
    },
    rules: {
      'eqeqeq': 'error',
      'no-undef': 'error',
      'no-unused-vars': 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      'strict': ['error', 'global'],
    },
  },
]
