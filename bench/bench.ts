// `npm run bench [-- --size tiny|small|medium|large[,…]] [--out FILE] [--seed TEXT] [--keep] [--real-text DIR|off]`:
// see bench-main.ts. The product's code runs compiled when dist/ is current (use-dist.ts), hence the dynamic import.
import './use-dist.ts';

await import('./bench-main.ts');
