// Lint rules that hold the architecture in place (ARCHITECTURE §2, §3):
// - the pure layers (engine, shell, course) never read the wall clock or Math.random;
// - imports go one way: engine → shell → course → sandbox → worker / bin; the UI imports only types.
import tseslint from 'typescript-eslint';

const wallClock = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use the simulated clock (clock.now()).' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use the simulated clock: new Date(clock.now()).' },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: 'Use the simulated clock.' },
  { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use a seeded stream: world.rand.stream(name).' },
  { selector: "CallExpression[callee.name='setTimeout']", message: 'Use clock.setTimer (simulated time).' },
  { selector: "CallExpression[callee.name='setInterval']", message: 'Use clock.setTimer (simulated time).' },
];

const layer = (files, banned) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: banned.map((g) => ({ group: [`**/${g}`, `**/${g}/**`], message: `This layer may not import ${g} (ARCHITECTURE §2).` })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.svelte'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.d.ts'], rules: { 'no-var': 'off' } },
  { files: ['src/engine/**/*.ts', 'src/shell/**/*.ts', 'src/course/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...wallClock] } },
  layer(['src/engine/**/*.ts'], ['shell', 'course', 'sandbox', 'worker', 'ui']),
  layer(['src/shell/**/*.ts'], ['course', 'sandbox', 'worker', 'ui']),
  layer(['src/course/**/*.ts'], ['sandbox', 'worker', 'ui']),
  layer(['src/sandbox.ts', 'src/sandbox/**/*.ts'], ['worker', 'ui']),
  layer(['src/worker/**/*.ts'], ['ui']),
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine', '**/engine/**', '**/shell', '**/shell/**', '**/course', '**/course/**', '**/sandbox'], allowTypeImports: true, message: 'The UI talks to the worker by messages; it may import types only.' },
          ],
        },
      ],
    },
  },
);
