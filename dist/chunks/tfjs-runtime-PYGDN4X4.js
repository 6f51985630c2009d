#!/usr/bin/env node
import { createRequire as __mltrainCreateRequire } from 'node:module';
const require = __mltrainCreateRequire(import.meta.url);
import {
  TFJS_BACKEND_NAMES,
  TFJS_CPU_VERSION,
  activateBackend,
  tfjsVersion
} from "./chunk-ZRQHCO47.js";
import "./chunk-IXSLJKUW.js";
import "./chunk-SA2DTWOY.js";
export {
  TFJS_BACKEND_NAMES,
  TFJS_CPU_VERSION,
  activateBackend,
  tfjsVersion
};
