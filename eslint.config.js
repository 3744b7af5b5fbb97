import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', 'data/**', 'node_modules/**', 'tests/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Member rows are read only through repositories that apply the actor's scope.
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/features/members/members.repository.ts',
      'server/src/features/stats/*.repository.ts',
      'server/src/features/workplaces/employments.repository.ts',
      // The opt-in directories read only members who chose to be listed.
      'server/src/features/reserve/*.repository.ts',
      'server/src/features/union-staffers/*.repository.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[arguments.0.value=/^members( as \\w+)?$/]',
          message: 'Query members through the members repository, which applies the actor scope.',
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}', 'tests/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
