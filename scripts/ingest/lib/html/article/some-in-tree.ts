/**
 * Whether an element or any element under it passes a test: the walk form-answer.ts (a form that holds
 * the page's <h1>) and comment-thread-answer.ts (an item of a thread that holds a heading) both ask.
 * Recursive: the tree it reads is at most html-dom.ts's MAX_DEPTH deep.
 */
export function someInTree<T extends { children: ArrayLike<T> }>(e: T, test: (e: T) => boolean): boolean {
  if (test(e)) return true;
  for (let i = 0; i < e.children.length; i++) if (someInTree(e.children[i], test)) return true;
  return false;
}
