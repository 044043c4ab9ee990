import { createBriefingService } from '../../src/core/briefing-service.ts';
import { openSqliteStore } from '../../src/core/store/sqlite-store.ts';
const service = createBriefingService({ store: openSqliteStore(process.argv[2]!) });
const q = process.argv[3]!;
for (let i = 0; i < 3000; i++) service.quote(q, { limit: 10 });
