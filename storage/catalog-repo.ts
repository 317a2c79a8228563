import { notInArray, sql } from "drizzle-orm";
import type { Catalog } from "../core/types.js";
import type { Database } from "./database.js";
import { products } from "./schema.js";

/** Mirrors the shop's catalog into the `products` table (reports and the API read it from there). */
export async function syncProducts(database: Database, catalog: Catalog): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < catalog.products.length; i += 500) {
      const chunk = catalog.products.slice(i, i + 500).map((p) => ({
        sku: p.sku,
        name: p.name,
        aliases: p.aliases ?? [],
        unit: p.unit,
        price: p.price,
        packSize: p.packSize ?? null,
        active: true,
        updatedAt: new Date(),
      }));
      await tx
        .insert(products)
        .values(chunk)
        .onConflictDoUpdate({
          target: products.sku,
          set: {
            name: sql`excluded.name`,
            aliases: sql`excluded.aliases`,
            unit: sql`excluded.unit`,
            price: sql`excluded.price`,
            packSize: sql`excluded.pack_size`,
            active: true,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    }
    const skus = catalog.products.map((p) => p.sku);
    await tx
      .update(products)
      .set({ active: false })
      .where(skus.length ? notInArray(products.sku, skus) : sql`true`);
  });
}
