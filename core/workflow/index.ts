export * from "./apply-transition.js";
export * from "./default-workflow.js";
export * from "./status-workflow.js";
