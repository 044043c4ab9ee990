const r = () => (process.memoryUsage.rss() / 1e6).toFixed(0);
const which = process.argv[2]!;
const before = r();
await import(which);
console.log(which, before, '->', r());
