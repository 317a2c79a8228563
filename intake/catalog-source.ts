import { type FSWatcher, readFileSync, watch } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCatalog } from "../core/catalog/catalog-schema.js";
import { type CatalogIndex, createCatalogIndex } from "../core/parse/index.js";
import type { Catalog, Product } from "../core/types.js";

/**
 * The shop's catalog, indexed once per version. Reloaded when the file changes or on `reload()`;
 * a broken new file keeps the previous catalog in service and reports why.
 */

export interface CatalogSnapshot {
  catalog: Catalog;
  index: CatalogIndex;
  productOf(sku: string): Product | undefined;
  /** Where it came from: the file path, or "example". */
  source: string;
}

export interface CatalogSource {
  current(): CatalogSnapshot;
  reload(): CatalogSnapshot;
  close(): void;
}

export const EXAMPLE_CATALOG_PATH = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "catalog.example.json",
);

export function snapshotOf(catalog: Catalog, source: string): CatalogSnapshot {
  const bySku = new Map(catalog.products.map((p) => [p.sku, p]));
  return { catalog, index: createCatalogIndex(catalog), productOf: (sku) => bySku.get(sku), source };
}

export function loadCatalogFile(file: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`cannot read catalog ${file}: ${(err as Error).message}`);
  }
  return parseCatalog(json);
}

export function createCatalogSource(options: {
  file?: string;
  watch?: boolean;
  onReload?: (snapshot: CatalogSnapshot) => void;
  onError?: (err: Error) => void;
}): CatalogSource {
  const file = options.file ?? EXAMPLE_CATALOG_PATH;
  const source = options.file ? file : "example";
  let snapshot = snapshotOf(loadCatalogFile(file), source);
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | null = null;

  const reload = () => {
    snapshot = snapshotOf(loadCatalogFile(file), source);
    options.onReload?.(snapshot);
    return snapshot;
  };

  if (options.watch && options.file) {
    watcher = watch(file, () => {
      if (debounce) clearTimeout(debounce);
      debounce = setTimeout(() => {
        try {
          reload();
        } catch (err) {
          options.onError?.(err as Error);
        }
      }, 200);
    });
  }

  return {
    current: () => snapshot,
    reload,
    close() {
      watcher?.close();
      if (debounce) clearTimeout(debounce);
    },
  };
}

/** A fixed catalog (eval, tests). */
export function staticCatalogSource(catalog: Catalog, source = "inline"): CatalogSource {
  const snapshot = snapshotOf(catalog, source);
  return { current: () => snapshot, reload: () => snapshot, close() {} };
}
