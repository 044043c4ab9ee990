// Words too common to narrow a quote search; the parser drops them only when other terms remain.

/** Lower-cased English stop words, plus the filler of questions like "what did X say about Y". */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or not nor but if then of on in at to for from by with about as into over under
   is are was were be been being am do does did done has have had will would shall should can could may might must
   it its this that these those there here he she they them his her their him we us our you your i me my
   what which who whom whose when where why how all any some no so than too very just also only
   say says said saying tell told quote quotes statement statements`.split(/\s+/),
);
