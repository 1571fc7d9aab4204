import ts from 'typescript';

/** The imports of a document's blocks, merged by module, one line each, to open its module. */
export class HoistedImports {
  private readonly modules = new Map<
    string,
    { defaults: Set<string>; namespaces: Set<string>; named: Map<string, string> }
  >();

  /** Takes a block's import declaration; `specifier` is what the module will import instead. */
  add(declaration: ts.ImportDeclaration, specifier: string): void {
    const entry = this.modules.get(specifier) ?? { defaults: new Set(), namespaces: new Set(), named: new Map() };
    this.modules.set(specifier, entry);
    const clause = declaration.importClause;
    if (clause === undefined) return;
    if (clause.name !== undefined) entry.defaults.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings !== undefined && ts.isNamespaceImport(bindings)) entry.namespaces.add(bindings.name.text);
    if (bindings === undefined || !ts.isNamedImports(bindings)) return;
    for (const element of bindings.elements) {
      const local = element.name.text;
      const typeOnly = clause.isTypeOnly || element.isTypeOnly;
      const text = `${typeOnly ? 'type ' : ''}${element.propertyName ? `${element.propertyName.getText()} as ` : ''}${local}`;
      // Two blocks may import the same name, one as a type and one as a value: the value import
      // serves both, and a second binding of the same name would not compile.
      if (!entry.named.has(local) || !typeOnly) entry.named.set(local, text);
    }
  }

  /** One `import` line per module (a namespace import needs its own line). */
  lines(): string[] {
    return [...this.modules].flatMap(([specifier, { defaults, namespaces, named }]) => {
      const from = JSON.stringify(specifier);
      const clause = [...defaults, ...(named.size > 0 ? [`{ ${[...named.values()].join(', ')} }`] : [])].join(', ');
      const lines = [...namespaces].map((name) => `import * as ${name} from ${from};`);
      if (clause !== '') lines.push(`import ${clause} from ${from};`);
      return lines.length > 0 ? lines : [`import ${from};`];
    });
  }
}
