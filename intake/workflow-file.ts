import { readFileSync } from "node:fs";
import YAML from "yaml";
import { DEFAULT_WORKFLOW, parseWorkflow, type Workflow } from "../core/workflow/index.js";

/** The shop's workflow from `WORKFLOW_FILE` (JSON or YAML), or the default one. Throws a readable Error. */
export function loadWorkflow(file: string | undefined): Workflow {
  if (!file) return parseWorkflow(DEFAULT_WORKFLOW);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new Error(`WORKFLOW_FILE ${file} cannot be read: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(file) ? YAML.parse(text) : JSON.parse(text);
  } catch (err) {
    throw new Error(
      `WORKFLOW_FILE ${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${(err as Error).message}`,
    );
  }
  return parseWorkflow(data);
}
