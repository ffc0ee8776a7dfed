/** How deep a syntax tree goes, measured without recursion, so a hostile tree cannot exhaust the stack. */

interface TreeNode {
  children?: readonly TreeNode[];
  position?: { start: { line: number; column: number } };
}

/** The first node found below `limit` levels (or the deepest one), and its depth; stops looking past the limit. */
export function deepestNode<T extends TreeNode>(root: T, limit: number): { depth: number; node: TreeNode } {
  let deepest: { depth: number; node: TreeNode } = { depth: 0, node: root };
  const stack: { node: TreeNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, node };
    if (depth > limit) break;
    for (const child of node.children ?? []) stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}
