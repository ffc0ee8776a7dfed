import { describe, expect, it } from 'vitest';
import { deepestNode } from './tree-depth';

interface Node { children?: Node[] }
function chain(depth: number): Node {
  let node: Node = {};
  for (let level = 0; level < depth; level += 1) node = { children: [node] };
  return node;
}

describe('deepestNode', () => {
  it('measures depth without recursion, and stops looking past the limit', () => {
    expect(deepestNode(chain(3), 10).depth).toBe(3);
    expect(deepestNode({ children: [{}, chain(4)] }, 10).depth).toBe(5);
    expect(deepestNode(chain(100_000), 64).depth).toBe(65);
  });
});
