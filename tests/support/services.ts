import { randomBytes } from "node:crypto";
import postgres from "postgres";

/**
 * Real services for tests. PostgreSQL and Redis come from DATABASE_URL / REDIS_URL (.ci/run starts them
 * on loopback). Without them a suite runs on the embedded database only — but under CI=true a missing
 * service is an error, never a silent skip.
 */

export function requireInCi(variable: string): string | undefined {
  const value = process.env[variable];
  if (!value && process.env.CI === "true") {
    throw new Error(`${variable} must be set in CI (.ci/run starts the service and exports it)`);
  }
  if (!value) process.stderr.write(`note: ${variable} is not set; its suites run only where it is\n`);
  return value;
}

export const postgresUrl = () => requireInCi("DATABASE_URL");
export const redisUrl = () => requireInCi("REDIS_URL");

/** A fresh, empty database on the server behind `adminUrl`; dropped by the returned function. */
export async function freshPostgresDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `orderhub_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
