import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const PRODUCT_CODE = ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"];
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx"];
// By alias or by relative path: `@/test/factories`, `../../bench/stats`, `./e2e/support/state`.
const NO_TEST_OR_TOOL_CODE = {
  regex: "^(@/|\\./|(\\.\\./)+)(test|bench|scripts|e2e)(/|$)",
  message: "Product code must not import test support (test/) or tools (bench/, scripts/, e2e/).",
};
const NO_ROUTES_OR_UI = { group: ["@/app/*", "@/components/*"], message: "lib/ must not import from app/ or components/." };

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Product code (what `next build` ships) must not reach into test support or the tools.
    files: PRODUCT_CODE,
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [NO_TEST_OR_TOOL_CODE] }] },
  },
  {
    // lib/ is the application core: it must not depend on routes or UI either.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [NO_TEST_OR_TOOL_CODE, NO_ROUTES_OR_UI] }] },
  },
  {
    files: TEST_FILES.map((pattern) => `lib/${pattern}`),
    rules: { "no-restricted-imports": ["error", { patterns: [NO_ROUTES_OR_UI] }] },
  },
  {
    // The tools depend one way: bench/ may use scripts/lib, nothing in scripts/ uses bench/.
    files: ["scripts/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(@/|\\./|(\\.\\./)+)bench(/|$)", message: "scripts/ must not import bench/: shared tool code lives in scripts/lib." }] },
      ],
    },
  },
  globalIgnores([".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
