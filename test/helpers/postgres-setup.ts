// vitest global setup: a PostgreSQL server for the PostgreSQL suites. BRIEFDESK_TEST_DATABASE_URL names one to
// use; otherwise a throwaway cluster is started when the PostgreSQL binaries are installed. Without either, the
// PostgreSQL suites skip locally; in CI (CI or BRIEFDESK_REQUIRE_POSTGRES set) the run fails instead, so that
// they can never skip silently there.
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startCluster, type Cluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test server ('' when there is none: the PostgreSQL suites skip). */
    postgresUrl: string;
  }
}

const required = () => Boolean(process.env.BRIEFDESK_REQUIRE_POSTGRES) || (Boolean(process.env.CI) && process.env.CI !== 'false');

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.BRIEFDESK_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  const bin = findPostgresBin();
  let cluster: Cluster | null = null;
  try {
    if (!bin) throw new Error('no PostgreSQL binaries found (initdb, pg_ctl): install the postgresql package');
    cluster = await startCluster(bin);
  } catch (error) {
    if (required()) throw new Error(`PostgreSQL is required in CI and could not be started: ${(error as Error).message}`);
    console.warn(`PostgreSQL suites skipped: ${(error as Error).message}`);
  }
  project.provide('postgresUrl', cluster?.url ?? '');
  return () => cluster?.stop();
}
