import { z } from "zod";
import { type Catalog, UNITS, type Unit } from "../types.js";

/** A shop's catalog file (the corpus format's `catalog.json`), validated. */
const productSchema = z.object({
  sku: z.string().trim().min(1),
  name: z.string().trim().min(1),
  aliases: z.array(z.string()).optional(),
  unit: z.enum(UNITS as [Unit, ...Unit[]]).default("pcs"),
  price: z.number().nonnegative(),
  pack_size: z.number().int().positive().optional(),
  packSize: z.number().int().positive().optional(),
});

const catalogSchema = z.object({
  currency: z.string().trim().min(3).max(3),
  products: z.array(productSchema),
});

export function parseCatalog(input: unknown): Catalog {
  const result = catalogSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`invalid catalog: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  const seen = new Set<string>();
  for (const p of result.data.products) {
    if (seen.has(p.sku)) throw new Error(`invalid catalog: SKU ${p.sku} appears twice`);
    seen.add(p.sku);
  }
  return {
    currency: result.data.currency.toUpperCase(),
    products: result.data.products.map(({ pack_size, packSize, ...p }) => ({
      ...p,
      ...((packSize ?? pack_size) ? { packSize: packSize ?? pack_size } : {}),
    })),
  };
}
