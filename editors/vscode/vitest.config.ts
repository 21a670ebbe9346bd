// Unit tests run in Node with the `vscode` module replaced by test/vscode-stub.ts.

import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      vscode: resolve(__dirname, 'test/vscode-stub.ts'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    restoreMocks: false,
  },
});
