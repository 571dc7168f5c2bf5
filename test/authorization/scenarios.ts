import { accountsScenarios } from "./scenarios/accounts";
import { contentScenarios } from "./scenarios/content";
import { formOnlyScenarios } from "./scenarios/form-only";
import { hiddenScenarios } from "./scenarios/hidden";
import { moderationScenarios } from "./scenarios/moderation";
import { safetyScenarios } from "./scenarios/safety";
import { twoFactorScenarios } from "./scenarios/two-factor";

// The situations of lib/moderation/authorization-matrix.test.ts: for each server action,
// some data that belongs to "the owner", the form that tries to change it, and
// a look at that data before and after. One file per group in ./scenarios/.

export type { Scenario, ServerAction, User, World } from "./scenarios/types";

export const scenarios = {
  ...accountsScenarios,
  ...contentScenarios,
  ...formOnlyScenarios,
  ...hiddenScenarios,
  ...moderationScenarios,
  ...safetyScenarios,
  ...twoFactorScenarios,
};

export type ScenarioName = keyof typeof scenarios;
