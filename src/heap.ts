// How far the JavaScript heap may grow between full collections. Ingest keeps little alive (~30-60 MB: the
// extractor's word lists, caches, one batch) but promotes garbage steadily (a batch's ranking work outlives a
// young-generation collection). When full collections are cheap, V8 lets the heap reach up to four times what
// was live before collecting again: a 1M-statement ingest swung between ~50 and ~200 MB of heap, and the
// process's RSS kept the high mark (342 MB). A growth factor of 1.5 keeps the heap near what is live, for a few
// more full collections (100k bench corpus through the CLI: 8 -> ~24 of them, about 10 ms each; peak RSS 305-307 ->
// 198-203 MB; the 1M bench: 342 -> 246 MB).
import { setFlagsFromString } from 'node:v8';

/** The heap may grow to this many percent over what was live after a full collection (V8's own default: up to 300). */
export const HEAP_GROWING_PERCENT = 50;

/** Sets the heap growth for this process (V8 reads it at every full collection, so it works after start-up). */
export function keepHeapSmall(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
