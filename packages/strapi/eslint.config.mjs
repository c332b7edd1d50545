// @ts-check
import root from '../../eslint.config.js';

export default [
  ...root,
  {
    // Tests drive a real Strapi through its server API, which is typed only for apps with generated types.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // React hooks (useIntl, useFetchClient) hand out functions meant to be destructured.
    files: ['admin/**/*.tsx', 'admin/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
];
