import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

export interface ImportEdge {
  to: string;
  /** `import type` / `export type`: erased at run time. */
  typeOnly: boolean;
}

function typeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** Every module under `root` and the modules of that tree it imports (relative imports only). */
export function importGraph(root: string): Map<string, ImportEdge[]> {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => join(root, file));
  const known = new Set(files);
  const graph = new Map<string, ImportEdge[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const edges: ImportEdge[] = [];
    const add = (specifier: string, erased: boolean): void => {
      if (!specifier.startsWith(".")) return;
      const to = relative(process.cwd(), resolve(dirname(file), specifier)).replace(/\.js$/, ".ts");
      if (known.has(to)) edges.push({ to, typeOnly: erased });
    };
    const walk = (node: ts.Node): void => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      )
        add(node.moduleSpecifier.text, typeOnly(node));
      else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      )
        add(node.arguments[0].text, false);
      ts.forEachChild(node, walk);
    };
    walk(source);
    graph.set(file, edges);
  }
  return graph;
}

/** Each import cycle once, as the modules around it; `withTypes` counts type-only imports too. */
export function findCycles(graph: Map<string, ImportEdge[]>, withTypes: boolean): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const edge of graph.get(node) ?? []) {
      if (edge.typeOnly && !withTypes) continue;
      if (state.get(edge.to) === "open")
        cycles.push([...stack.slice(stack.indexOf(edge.to)), edge.to]);
      else if (!state.has(edge.to)) visit(edge.to);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}
