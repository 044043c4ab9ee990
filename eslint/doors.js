// Lint rule `briefdesk/doors`: a module is entered from outside only through its doors. Options: { doors: { 'src/x':
// ['index.ts', …] } }, module folders relative to the project root, doors relative to the module's folder. Relative
// import paths (static imports, export … from, and import()) are resolved and checked; packages are left alone.
import { dirname, relative, resolve, sep } from 'node:path';

const posix = (path) => path.split(sep).join('/');

/** The module (folder) holding a project-relative path: the longest folder in `doors` that contains it. */
function moduleOf(path, modules) {
  let found = null;
  for (const module of modules) if (path.startsWith(`${module}/`) && (!found || module.length > found.length)) found = module;
  return found;
}

export const doorsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Modules are entered through their doors (index.ts and named entry files) only.' },
    schema: [{ type: 'object', properties: { doors: { type: 'object' } }, required: ['doors'], additionalProperties: false }],
    messages: { deep: '{{path}} is inside {{module}}: import it through its door ({{doors}}).' },
  },
  create(context) {
    const doors = context.options[0].doors;
    const modules = Object.keys(doors);
    const file = posix(relative(context.cwd, context.filename));
    const own = moduleOf(file, modules);
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = posix(relative(context.cwd, resolve(dirname(context.filename), source.value)));
      const module = moduleOf(target, modules);
      if (!module || module === own || (own && own.startsWith(`${module}/`))) return;
      if (doors[module].includes(target.slice(module.length + 1))) return;
      context.report({ node: source, messageId: 'deep', data: { path: source.value, module, doors: doors[module].map((d) => `${module}/${d}`).join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
