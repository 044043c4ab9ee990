// Public door of theme tagging: the taxonomy file, the classifier and similarity grouping.
export {
  DEFAULT_THEMES_FILE,
  TaxonomyError,
  findTheme,
  loadTaxonomyFile,
  parseTaxonomy,
  type CompiledTerm,
  type Taxonomy,
  type TaxonomyFile,
  type Theme,
} from './taxonomy.ts';
export { CONTEXT_WEIGHT, classify, classifyDetailed, retagStore, tagStatements, type ThemeMatch } from './classify.ts';
export { clusterBySimilarity, type Cluster, type ClusterOptions } from './cluster.ts';
export { jaccard, salientStems, statementStems, stem, tokenize, type Token } from './terms.ts';
