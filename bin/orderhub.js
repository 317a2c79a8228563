#!/usr/bin/env node
// The `orderhub` command: runs the TypeScript CLI through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import(new URL("../cli.ts", import.meta.url).href);
