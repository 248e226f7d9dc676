import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

// The layers, by where code runs (as VS Code splits its code): notes/ is the pure core (no Node but its
// store and CLI, no DOM, no Electron), renderer/ runs sandboxed in the window (nothing Node-only), and
// only electron/ imports Electron. Tests and their support files may use Node to read fixtures.
const NODE_MODULES = builtinModules.filter((m) => !m.startsWith('_'));
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**', '**/*.fixture.ts', '**/fixtures/**'];
/** Bans the modules named exactly (`names`) and the import paths matching `globs`, with one message. */
const restrict = (names, globs, message) => [
  'error',
  { paths: names.map((name) => ({ name, message })), patterns: globs.length ? [{ group: globs, message }] : [] },
];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'renderer/dist', 'test-results', 'playwright-report', 'e2e/.artifacts', 'bench/.data', 'notes/samples/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name="only"]', message: 'No focused tests.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Nobody but electron/ imports Electron.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['electron/**'],
    rules: { 'no-restricted-imports': restrict(['electron'], [], 'Only electron/ imports Electron; the rest reaches it through window.notebook (electron/contract.ts).') },
  },
  {
    // The core runs anywhere: no Electron, no DOM libraries, no UI; Node only in its store and CLI.
    files: ['notes/**/*.ts'],
    ignores: ['notes/store/**', 'notes/cli/**', ...TESTS],
    rules: {
      'no-restricted-imports': restrict(
        [...NODE_MODULES, 'electron', 'react', 'react-dom'],
        ['node:*', '**/renderer/**', '**/electron/**'],
        'notes/ is the pure core: no Node (only notes/store and notes/cli touch the disk), no Electron, no UI.',
      ),
    },
  },
  {
    files: ['notes/store/**/*.ts', 'notes/cli/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': restrict(['electron', 'react', 'react-dom'], ['**/renderer/**', '**/electron/**'], 'The core imports no Electron and no UI.') },
  },
  {
    // The window is sandboxed: nothing Node-only, and main's code only through the contract's types.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': restrict(
        [...NODE_MODULES, 'electron'],
        ['node:*', '**/electron/main/**', '**/electron/preload/**', '**/notes/store/**', '**/notes/cli/**', '**/e2e/**', '**/bench/**'],
        'renderer/ runs sandboxed in the window: no Node, no main-process code (use window.notebook).',
      ),
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
