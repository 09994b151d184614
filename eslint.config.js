// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-artifacts/**', 'web/vendor/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // dialogs/dialogsLibrary.ts says why: the package's index loads recognizers the bot never uses.
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'botbuilder-dialogs', message: "Import values from dialogs/dialogsLibrary.ts (types may come from 'botbuilder-dialogs').", allowTypeImports: true }],
          patterns: [
            {
              group: ['botbuilder-dialogs/lib/prompts/*', 'botbuilder-dialogs/lib/choices', 'botbuilder-dialogs/lib/choices/index*'],
              message: 'These modules load the choice and number recognizers (dialogs/booking/prompts/readingPrompt.ts says why the bot does without).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', window: 'readonly', document: 'readonly', fetch: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
);
