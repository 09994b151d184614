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
          paths: [
            { name: 'botbuilder-dialogs', message: "Import values from dialogs/dialogsLibrary.ts (types may come from 'botbuilder-dialogs').", allowTypeImports: true },
            // package.json keeps zod 3 at the top of node_modules, where botbuilder's five packages that need it share
            // one copy (each loaded its own before, ~3 MB); the bot's schemas use zod 4, installed as 'zod-v4'.
            { name: 'zod', message: "The bot's schemas use zod 4: import from 'zod-v4' ('zod' is zod 3, botbuilder's)." },
          ],
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
